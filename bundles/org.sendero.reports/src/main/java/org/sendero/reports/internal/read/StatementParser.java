package org.sendero.reports.internal.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.sendero.reports.LoadProblem;
import org.sendero.reports.ReportLearner;

/**
 * The statements of one file, taken from their JSON one by one. A statement without an id, actor,
 * verb or object, with a score that is not a finite number, or naming an activity of this tool by
 * an id that does not decode is a problem of its file, named with the line the statement starts
 * on. The first such problem is kept and the reading goes on, so that broken JSON further down is
 * what the trainer hears about first: that is the file's real problem.
 */
final class StatementParser {

    private final Path file;
    private final List<Statement> statements = new ArrayList<>();
    private int count;
    private ResultFileException firstProblem;

    StatementParser(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Takes the next statement of the file, which starts on {@code line}. */
    void add(int line, Object value) {
        count++;
        if (firstProblem != null) {
            return;
        }
        try {
            statements.add(statement(count, line, value));
        } catch (ResultFileException e) {
            firstProblem = e;
            statements.clear();
        }
    }

    /** Every statement of the file, or the first problem of one. */
    List<Statement> statements() throws ResultFileException {
        if (firstProblem != null) {
            throw firstProblem;
        }
        return statements;
    }

    /**
     * @param number 1-based place of the statement in the file
     * @param line the line it starts on
     */
    private Statement statement(int number, int line, Object value) throws ResultFileException {
        if (!(value instanceof Map<?, ?> statement)) {
            throw problem(line, "statement " + number + " is not a JSON object");
        }
        String id = text(statement, "id").orElseThrow(() -> problem(line, "statement " + number + " has no id"));
        String which = "statement " + number + " (" + id + ")";
        Map<?, ?> actor = map(statement, "actor").orElseThrow(() -> problem(line, which + " has no actor"));
        ReportLearner learner = learner(actor).orElseThrow(() -> problem(line,
                which + " has an actor without account or mbox"));
        String verbId = map(statement, "verb").flatMap(verb -> text(verb, "id")).orElseThrow(() -> problem(line,
                which + " has no verb id"));
        Map<?, ?> object = map(statement, "object").orElseThrow(() -> problem(line, which + " has no object"));
        String objectId = text(object, "id").orElseThrow(() -> problem(line, which + " has an object without id"));
        Optional<Map<?, ?>> result = map(statement, "result");
        Optional<Boolean> success = result.map(r -> r.get("success")).filter(Boolean.class::isInstance)
                .map(Boolean.class::cast);
        OptionalDouble scaled = result.flatMap(r -> map(r, "score")).map(score -> score.get("scaled"))
                .filter(Number.class::isInstance).map(n -> OptionalDouble.of(((Number) n).doubleValue()))
                .orElse(OptionalDouble.empty());
        if (scaled.isPresent() && !Double.isFinite(scaled.getAsDouble())) {
            // JSON has no NaN or infinity; a score that became one would stall or tilt every figure
            throw problem(line, which + " has a scaled score that is not a finite number");
        }
        Optional<Map<?, ?>> context = map(statement, "context");
        Optional<String> registration = context.flatMap(c -> text(c, "registration"));
        Map<ActivityPath, Map<String, String>> names = new HashMap<>();
        Optional<ActivityPath> path = activity(which, line, objectId);
        name(which, line, object, names);
        Optional<Map<?, ?>> activities = context.flatMap(c -> map(c, "contextActivities"));
        if (activities.isPresent()) {
            for (Object list : activities.get().values()) {
                if (list instanceof List<?> entries) {
                    for (Object entry : entries) {
                        if (entry instanceof Map<?, ?> activity) {
                            name(which, line, activity, names);
                        }
                    }
                }
            }
        }
        String verb = verbId.substring(verbId.lastIndexOf('/') + 1);
        return new Statement(id, learner, verb, objectId, path, success, scaled, registration, names);
    }

    private static Optional<ReportLearner> learner(Map<?, ?> actor) {
        String name = text(actor, "name").orElse("");
        Optional<Map<?, ?>> account = map(actor, "account");
        if (account.isPresent()) {
            Optional<String> home = text(account.get(), "homePage");
            Optional<String> id = text(account.get(), "name");
            if (home.isPresent() && id.isPresent()) {
                return Optional.of(new ReportLearner(home.get(), id.get(), name.isBlank() ? id.get() : name));
            }
        }
        return text(actor, "mbox").map(mbox -> new ReportLearner("", mbox, name.isBlank() ? mbox : name));
    }

    /** Keeps an activity, with its name by language when it has one. */
    private void name(String which, int line, Map<?, ?> activity, Map<ActivityPath, Map<String, String>> names)
            throws ResultFileException {
        Optional<String> id = text(activity, "id");
        Optional<ActivityPath> path = id.isPresent() ? activity(which, line, id.get()) : Optional.empty();
        if (path.isEmpty()) {
            return;
        }
        Map<String, String> byLanguage = names.computeIfAbsent(path.get(), p -> new LinkedHashMap<>());
        map(activity, "definition").flatMap(definition -> map(definition, "name")).ifPresent(name -> name.forEach(
                (language, text) -> {
                    if (language instanceof String l && text instanceof String t) {
                        byLanguage.putIfAbsent(l, t);
                    }
                }));
    }

    private Optional<ActivityPath> activity(String which, int line, String id) throws ResultFileException {
        try {
            return ActivityPath.parse(id);
        } catch (ActivityPath.MalformedIdException e) {
            throw problem(line, which + " names an activity by a broken id: " + e.getMessage());
        }
    }

    private static Optional<String> text(Map<?, ?> map, String key) {
        return map.get(key) instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    private static Optional<Map<?, ?>> map(Map<?, ?> map, String key) {
        return map.get(key) instanceof Map<?, ?> value ? Optional.of(value) : Optional.empty();
    }

    private ResultFileException problem(int line, String message) {
        return new ResultFileException(new LoadProblem(file, line, 0, message));
    }
}
