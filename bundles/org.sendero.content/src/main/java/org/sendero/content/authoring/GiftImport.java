package org.sendero.content.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.sendero.content.ContentException;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;
import org.sendero.content.gift.AikenReader;
import org.sendero.content.gift.GiftReader;
import org.sendero.content.gift.ImportedQuiz;
import org.sendero.content.gift.QuizYaml;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Scenario;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A Moodle question bank (GIFT, or Aiken for .txt files) as a module's quiz: a new quiz file, a
 * replacement for it, or items added to it. Inside a pack the result must pass the validator,
 * else nothing is changed. Used by {@code sendero gift import} and by the trainer's menu.
 */
public final class GiftImport {

    /** What to do when the module's quiz file exists in the language. */
    public enum Mode {
        /** Refuse. */
        NEW,
        /** Write the imported items instead of the quiz's. */
        REPLACE,
        /** Add the imported items after the quiz's, renaming ids the quiz already uses. */
        APPEND
    }

    /**
     * @param format gift or aiken; empty to go by the file name (.txt is Aiken)
     * @param quizId the id of a new quiz; empty for MODULE-quiz
     */
    public record Options(String lang, Optional<String> format, Optional<String> quizId, Mode mode) {
        public Options {
            format = format == null ? Optional.empty() : format;
            quizId = quizId == null ? Optional.empty() : quizId;
        }
    }

    private final PackValidator validator;

    public GiftImport(PackValidator validator) {
        this.validator = validator;
    }

    /** The file's items and problems, by {@code format} or by its name. */
    public static ImportedQuiz read(Path file, Optional<String> format) throws ContentException {
        String name = format.orElse(file.toString().toLowerCase(Locale.ROOT).endsWith(".txt") ? "aiken" : "gift");
        if (!name.equals("gift") && !name.equals("aiken")) {
            throw ContentException.of(file.toString(), "unknown format '" + name + "'; formats: gift, aiken");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ContentException.of(file.toString(), "cannot be read: " + e.getMessage());
        }
        return name.equals("gift") ? GiftReader.read(text, file.toString()) : AikenReader.read(text, file.toString());
    }

    /** The file name of the module's quiz in {@code lang}: module.yaml's {@code quiz}, else quiz. */
    public static Path quizFile(Path moduleDir, String lang) throws ContentException {
        return moduleDir.resolve(quizName(moduleDir).orElse("quiz") + "." + lang + ".yaml");
    }

    public ImportReport into(Path moduleDir, Path file, Options options) throws ContentException {
        Path moduleYaml = moduleDir.resolve("module.yaml");
        if (!Files.isRegularFile(moduleYaml)) {
            throw ContentException.of(moduleDir.toString(), "not a module folder (no module.yaml)");
        }
        Optional<String> badLanguage = Ids.languageProblem(options.lang());
        if (badLanguage.isPresent()) {
            throw ContentException.of(moduleDir.toString(), badLanguage.get());
        }
        ImportedQuiz imported = read(file, options.format());
        if (imported.hasErrors()) {
            throw new ContentException(imported.problems());
        }
        if (imported.items().isEmpty()) {
            List<Problem> problems = new ArrayList<>(imported.problems());
            problems.add(Problem.error(file.toString(), 1, 1, "no question to import"));
            throw new ContentException(problems);
        }
        Optional<String> quizName = quizName(moduleDir);
        Path target = quizFile(moduleDir, options.lang());
        boolean exists = Files.exists(target);
        if (exists && options.mode() == Mode.NEW) {
            throw ContentException.of(target.toString(), "already exists; replace it or add the items to it");
        }
        Optional<Path> packRoot = packRoot(moduleDir);
        Path root = packRoot.orElse(moduleDir);
        PackEdit edit = packRoot.isPresent() ? new PackEdit(root, validator) : PackEdit.unchecked(root);
        String quizPath = relative(root, target);
        List<Question> taken;
        if (exists && options.mode() == Mode.APPEND) {
            taken = append(edit, target, quizPath, imported);
        } else {
            String moduleId = moduleDir.toAbsolutePath().normalize().getFileName().toString();
            String quizId = existingTranslationId(moduleDir, quizName.orElse("quiz"), target)
                    .or(options::quizId).orElse(moduleId + "-quiz");
            String title = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Quiz quiz = new Quiz(quizId, options.lang(), LocalizedText.of(options.lang(), title), 70,
                    FeedbackTiming.IMMEDIATE, 0, false, imported.scenarios(), imported.items(), quizPath);
            if (exists) {
                edit.replace(quizPath, QuizYaml.write(quiz));
            } else {
                edit.create(quizPath, QuizYaml.write(quiz));
            }
            if (quizName.isEmpty()) {
                String modulePath = relative(root, moduleYaml);
                edit.replace(modulePath, YamlListEdit.addKey(read(moduleYaml), "quiz", "quiz", modulePath));
            }
            taken = imported.items();
        }
        Written written = edit.apply();
        return new ImportReport(target, taken, imported.problems(), exists && options.mode() == Mode.APPEND,
                written.warnings());
    }

    /** Adds the items (and their scenarios) after the quiz's own, with fresh ids where the quiz uses them already. */
    private static List<Question> append(PackEdit edit, Path target, String quizPath, ImportedQuiz imported)
            throws ContentException {
        String text = read(target);
        Map<?, ?> existing = new Load(LoadSettings.builder().build()).loadFromString(text) instanceof Map<?, ?> m ? m
                : Map.of();
        List<String> itemIds = new ArrayList<>(QuizItems.itemIds(text));
        List<String> scenarioIds = new ArrayList<>(ids(existing.get("scenarios")));
        Map<String, String> scenarioRenames = new HashMap<>();
        List<Object> newScenarios = new ArrayList<>();
        for (Scenario scenario : imported.scenarios()) {
            String id = scenarioIds.contains(scenario.id()) ? fresh(scenario.id(), scenarioIds) : scenario.id();
            scenarioIds.add(id);
            scenarioRenames.put(scenario.id(), id);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", id);
            entry.put("text", scenario.text());
            newScenarios.add(entry);
        }
        if (!newScenarios.isEmpty()) {
            if (existing.get("scenarios") instanceof List<?>) {
                for (Object scenario : newScenarios) {
                    text = YamlListEdit.append(text, "scenarios", scenario, quizPath);
                }
            } else {
                text = YamlListEdit.addKey(text, "scenarios", newScenarios, quizPath);
            }
        }
        List<Question> taken = new ArrayList<>();
        for (Question item : imported.items()) {
            Map<String, Object> entry = QuizYaml.item(item);
            String id = itemIds.contains(item.id()) ? QuizItems.nextItemId(itemIds) : item.id();
            itemIds.add(id);
            entry.put("id", id);
            item.common().scenario().ifPresent(s -> entry.put("scenario", scenarioRenames.getOrDefault(s, s)));
            text = YamlListEdit.append(text, "items", entry, quizPath);
            taken.add(withId(item, id, item.common().scenario().map(s -> scenarioRenames.getOrDefault(s, s))));
        }
        edit.replace(quizPath, text);
        return taken;
    }

    private static Question withId(Question item, String id, Optional<String> scenario) {
        Question.Common common = new Question.Common(id, item.prompt(), scenario, item.common().ref());
        return switch (item) {
            case Question.SingleChoice q -> new Question.SingleChoice(common, q.options());
            case Question.MultipleResponse q -> new Question.MultipleResponse(common, q.options());
            case Question.TrueFalse q ->
                new Question.TrueFalse(common, q.answer(), q.feedbackIfTrue(), q.feedbackIfFalse());
            case Question.ShortAnswer q -> new Question.ShortAnswer(common, q.accepted(), q.feedback());
            case Question.Matching q -> new Question.Matching(common, q.pairs(), q.feedback());
            case Question.Ordering q -> new Question.Ordering(common, q.order(), q.feedback());
            case Question.Numeric q -> new Question.Numeric(common, q.accepted(), q.feedback());
        };
    }

    private static List<String> ids(Object list) {
        if (list instanceof List<?> items) {
            return items.stream().filter(Map.class::isInstance).map(i -> String.valueOf(((Map<?, ?>) i).get("id")))
                    .toList();
        }
        return List.of();
    }

    private static String fresh(String id, List<String> used) {
        int n = 2;
        while (used.contains(id + "-" + n)) {
            n++;
        }
        return id + "-" + n;
    }

    private static Optional<String> quizName(Path moduleDir) throws ContentException {
        Path moduleYaml = moduleDir.resolve("module.yaml");
        try {
            Object root = new Load(LoadSettings.builder().build()).loadFromString(read(moduleYaml));
            if (root instanceof Map<?, ?> map && map.get("quiz") instanceof String name && !name.isBlank()) {
                return Optional.of(name);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            throw ContentException.of(moduleYaml.toString(), "cannot be read: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    /** A new language of a quiz keeps the id of its other languages. */
    private static Optional<String> existingTranslationId(Path moduleDir, String quizName, Path target) {
        try (Stream<Path> files = Files.list(moduleDir)) {
            return files.filter(f -> !f.equals(target)
                    && f.getFileName().toString()
                            .matches(java.util.regex.Pattern.quote(quizName) + "\\.[a-z]{2,3}\\.yaml"))
                    .sorted().findFirst().flatMap(PackIds::quizId);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** courses/COURSE/MODULE sits two folders below courses/, whose parent holds pack.yaml. */
    static Optional<Path> packRoot(Path moduleDir) {
        Path absolute = moduleDir.toAbsolutePath().normalize();
        Path courses = absolute.getParent() == null ? null : absolute.getParent().getParent();
        if (courses != null && courses.getFileName() != null && courses.getFileName().toString().equals("courses")
                && Files.isRegularFile(courses.getParent().resolve("pack.yaml"))) {
            return Optional.of(courses.getParent());
        }
        return Optional.empty();
    }

    private static String relative(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\',
                '/');
    }

    private static String read(Path file) throws ContentException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ContentException.of(file.toString(), "cannot be read: " + e.getMessage());
        }
    }
}
