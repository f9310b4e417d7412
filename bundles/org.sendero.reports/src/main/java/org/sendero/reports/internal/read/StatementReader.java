package org.sendero.reports.internal.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.JsonSchema;

/**
 * Reads one xAPI result file: a JSON array of statements as {@code sendero progress export --format
 * xapi} writes it, or a Learning Record Store's {@code {"statements": [...]}}, or one statement.
 *
 * <p>JSON is read with the YAML 1.2 parser the content bundle already uses (JSON is YAML 1.2 in
 * its JSON schema), which gives the line and column of a syntax error. A file is taken whole or not
 * at all: a statement without an id, actor, verb or object makes the file a problem, so that a
 * report never silently counts half a file.
 */
public final class StatementReader {

    /** Many learners over months stay far below this; a bigger file is not a result file. */
    private static final int MAX_CODE_POINTS = 256 * 1024 * 1024;

    public List<Statement> read(Path file) throws ResultFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw problem(file, 0, 0, "not UTF-8 text, so not an xAPI export");
        } catch (IOException e) {
            throw problem(file, 0, 0, "cannot be read: " + e.getMessage());
        }
        Object root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setSchema(new JsonSchema())
                    .setAllowDuplicateKeys(false).setMaxAliasesForCollections(0).setCodePointLimit(MAX_CODE_POINTS)
                    .build();
            root = new Load(settings).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            throw problem(file, mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0),
                    "broken JSON: " + firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage()));
        } catch (YamlEngineException e) {
            throw problem(file, 0, 0, "broken JSON: " + firstLine(e.getMessage()));
        }
        List<?> statements = statementList(file, root);
        List<Statement> read = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            read.add(statement(file, i + 1, statements.get(i)));
        }
        return read;
    }

    private static List<?> statementList(Path file, Object root) throws ResultFileException {
        if (root instanceof List<?> list) {
            return list;
        }
        if (root instanceof Map<?, ?> map && map.get("statements") instanceof List<?> list) {
            return list;
        }
        if (root instanceof Map<?, ?> map && map.containsKey("verb")) {
            return List.of(map);
        }
        throw problem(file, 1, 1, "not an xAPI export: expected a JSON array of statements");
    }

    private static Statement statement(Path file, int number, Object value) throws ResultFileException {
        if (!(value instanceof Map<?, ?> statement)) {
            throw problem(file, 0, 0, "statement " + number + " is not a JSON object");
        }
        String id = text(statement, "id").orElseThrow(() -> problem(file, 0, 0, "statement " + number + " has no id"));
        Map<?, ?> actor = map(statement, "actor").orElseThrow(() -> problem(file, 0, 0,
                "statement " + number + " (" + id + ") has no actor"));
        ReportLearner learner = learner(actor).orElseThrow(() -> problem(file, 0, 0,
                "statement " + number + " (" + id + ") has an actor without account or mbox"));
        String verbId = map(statement, "verb").flatMap(verb -> text(verb, "id")).orElseThrow(() -> problem(file, 0, 0,
                "statement " + number + " (" + id + ") has no verb id"));
        Map<?, ?> object = map(statement, "object").orElseThrow(() -> problem(file, 0, 0,
                "statement " + number + " (" + id + ") has no object"));
        String objectId = text(object, "id").orElseThrow(() -> problem(file, 0, 0,
                "statement " + number + " (" + id + ") has an object without id"));
        Optional<Map<?, ?>> result = map(statement, "result");
        Optional<Boolean> success = result.map(r -> r.get("success")).filter(Boolean.class::isInstance)
                .map(Boolean.class::cast);
        OptionalDouble scaled = result.flatMap(r -> map(r, "score")).map(score -> score.get("scaled"))
                .filter(Number.class::isInstance).map(n -> OptionalDouble.of(((Number) n).doubleValue()))
                .orElse(OptionalDouble.empty());
        Optional<Map<?, ?>> context = map(statement, "context");
        Optional<String> registration = context.flatMap(c -> text(c, "registration"));
        Map<ActivityPath, Map<String, String>> names = new HashMap<>();
        name(object, names);
        context.flatMap(c -> map(c, "contextActivities")).ifPresent(activities -> activities.values().forEach(list -> {
            if (list instanceof List<?> entries) {
                entries.stream().filter(Map.class::isInstance).forEach(entry -> name((Map<?, ?>) entry, names));
            }
        }));
        String verb = verbId.substring(verbId.lastIndexOf('/') + 1);
        return new Statement(id, learner, verb, objectId, ActivityPath.parse(objectId), success, scaled, registration,
                names);
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
    private static void name(Map<?, ?> activity, Map<ActivityPath, Map<String, String>> names) {
        Optional<ActivityPath> path = text(activity, "id").flatMap(ActivityPath::parse);
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

    private static Optional<String> text(Map<?, ?> map, String key) {
        return map.get(key) instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    private static Optional<Map<?, ?>> map(Map<?, ?> map, String key) {
        return map.get(key) instanceof Map<?, ?> value ? Optional.of(value) : Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static ResultFileException problem(Path file, int line, int column, String message) {
        return new ResultFileException(new LoadProblem(file, line, column, message));
    }
}
