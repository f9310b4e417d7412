package org.sendero.content.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.sendero.content.ContentException;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;
import org.sendero.content.gift.QuizYaml;
import org.sendero.content.internal.pack.Vocabulary;
import org.sendero.core.content.DocType;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.PackVersion;
import org.sendero.core.content.Quiz;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Creates the parts of a pack from what the trainer typed: pack, course, module, lesson, guidance
 * document and quiz, in the layout of docs/PACK-FORMAT.md. An id already in use or not allowed is
 * refused before anything is written; lists in course.yaml and module.yaml grow by a text edit
 * that keeps the trainer's comments; and a step whose result the validator refuses is undone.
 */
public final class PackScaffold {

    private static final String PACK_FILE = "pack.yaml";

    private final Path root;
    private final PackValidator validator;

    public PackScaffold(Path root, PackValidator validator) {
        this.root = root;
        this.validator = validator;
    }

    public Path root() {
        return root;
    }

    /** Creates the pack in {@code folder}, which must not exist or be empty. */
    public static PackScaffold createPack(Path folder, NewPack pack, PackValidator validator) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        ScaffoldChecks.checkId(pack.id(), PACK_FILE, problems);
        if (!PackVersion.isValid(pack.version())) {
            problems.add(Problem.error(PACK_FILE, 1, 1, "the version must be MAJOR.MINOR.PATCH, e.g. 1.0.0, not '"
                    + pack.version() + "'"));
        }
        ScaffoldChecks.checkTitle(pack.title(), PACK_FILE, problems);
        if (pack.languages().isEmpty()) {
            problems.add(Problem.error(PACK_FILE, 1, 1, "a pack needs at least one language"));
        }
        pack.languages().forEach(
                lang -> Ids.languageProblem(lang).ifPresent(p -> problems.add(Problem.error(PACK_FILE, 1, 1, p))));
        ScaffoldChecks.checkTextLanguages(pack.title(), pack.languages(), PACK_FILE, problems);
        if (Files.isRegularFile(folder.resolve(PACK_FILE)) || !emptyOrMissing(folder)) {
            problems.add(Problem.error(folder.toString(), 1, 1,
                    "the folder is not empty; a new pack needs a folder of its own"));
        }
        ScaffoldChecks.throwIfAny(problems);
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", pack.id());
        yaml.put("version", pack.version());
        yaml.put("title", ScaffoldText.texts(pack.title()));
        ScaffoldText.putIfAny(yaml, "description", ScaffoldText.texts(pack.description()));
        yaml.put("languages", pack.languages());
        if (!pack.authors().isEmpty()) {
            yaml.put("authors", pack.authors());
        }
        if (!pack.license().isEmpty()) {
            yaml.put("license", pack.license());
        }
        PackScaffold scaffold = new PackScaffold(folder, validator);
        PackEdit edit = new PackEdit(folder, validator);
        edit.create(PACK_FILE, ScaffoldText.yaml(yaml));
        edit.apply();
        return scaffold;
    }

    public Written createCourse(NewCourse course) throws ContentException {
        String path = "courses/" + course.id() + "/course.yaml";
        List<Problem> problems = new ArrayList<>();
        PackIds ids = ids();
        ScaffoldChecks.checkNewId(course.id(), "course", ids.courses, path, problems);
        ScaffoldChecks.checkTitle(course.title(), path, problems);
        List<String> declared = packLanguages();
        course.languages().stream().filter(lang -> !declared.contains(lang)).forEach(lang -> problems.add(Problem.error(
                path, 1, 1, "language '" + lang + "' is not declared in pack.yaml (languages: "
                        + String.join(", ", declared) + ")")));
        course.passMark().ifPresent(mark -> {
            if (mark < 0 || mark > 100) {
                problems.add(Problem.error(path, 1, 1, "the pass mark is a percentage, 0 to 100, not " + mark));
            }
        });
        ScaffoldChecks.throwIfAny(problems);
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", course.id());
        yaml.put("title", ScaffoldText.texts(course.title()));
        ScaffoldText.putIfAny(yaml, "description", ScaffoldText.texts(course.description()));
        if (!course.languages().isEmpty()) {
            yaml.put("languages", course.languages());
        }
        yaml.put("modules", List.of());
        course.passMark().ifPresent(mark -> yaml.put("pass_mark", mark));
        PackEdit edit = new PackEdit(root, validator);
        edit.create(path, ScaffoldText.yaml(yaml));
        return edit.apply();
    }

    public Written createModule(NewModule module) throws ContentException {
        String coursePath = "courses/" + module.courseId() + "/course.yaml";
        String path = "courses/" + module.courseId() + "/" + module.id() + "/module.yaml";
        List<Problem> problems = new ArrayList<>();
        requireFile(coursePath, "course '" + module.courseId() + "'");
        ScaffoldChecks.checkNewId(module.id(), "module", ids().modules, path, problems);
        ScaffoldChecks.checkTitle(module.title(), path, problems);
        ScaffoldChecks.throwIfAny(problems);
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", module.id());
        yaml.put("title", ScaffoldText.texts(module.title()));
        ScaffoldText.putIfAny(yaml, "description", ScaffoldText.texts(module.description()));
        Map<String, Object> objectives = new LinkedHashMap<>();
        module.objectives().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> !e.getValue().isEmpty()).forEach(e -> objectives.put(e.getKey(), e.getValue()));
        ScaffoldText.putIfAny(yaml, "objectives", objectives);
        yaml.put("lessons", List.of());
        PackEdit edit = new PackEdit(root, validator);
        edit.create(path, ScaffoldText.yaml(yaml));
        edit.replace(coursePath, YamlListEdit.append(read(coursePath), "modules", module.id(), coursePath));
        return edit.apply();
    }

    public Written createLesson(NewLesson lesson) throws ContentException {
        String base = "courses/" + lesson.courseId() + "/" + lesson.moduleId();
        String modulePath = base + "/module.yaml";
        requireFile(modulePath, "module '" + lesson.moduleId() + "' of course '" + lesson.courseId() + "'");
        List<Problem> problems = new ArrayList<>();
        String first = base + "/" + lesson.id() + ".en.md";
        ScaffoldChecks.checkNewId(lesson.id(), "lesson", ids().lessons, first, problems);
        ScaffoldChecks.checkTitle(lesson.title(), first, problems);
        ScaffoldChecks.checkTextLanguages(lesson.title(), packLanguages(), first, problems);
        if (lesson.minutes() < 0 || lesson.minutes() > 600) {
            problems.add(Problem.error(first, 1, 1, "minutes must be 1 to 600 (or none), not " + lesson.minutes()));
        }
        ScaffoldChecks.throwIfAny(problems);
        PackEdit edit = new PackEdit(root, validator);
        for (Map.Entry<String, String> title : ScaffoldText.englishFirst(lesson.title())) {
            Map<String, Object> front = new LinkedHashMap<>();
            front.put("id", lesson.id());
            front.put("title", title.getValue());
            front.put("lang", title.getKey());
            if (lesson.minutes() > 0) {
                front.put("minutes", lesson.minutes());
            }
            edit.create(base + "/" + lesson.id() + "." + title.getKey() + ".md",
                    ScaffoldText.markdown(front, title.getValue()));
        }
        edit.replace(modulePath, YamlListEdit.append(read(modulePath), "lessons", lesson.id(), modulePath));
        return edit.apply();
    }

    public Written createGuidance(NewGuidance doc) throws ContentException {
        String first = "guidance/" + doc.id() + ".en.md";
        List<Problem> problems = new ArrayList<>();
        ScaffoldChecks.checkNewId(doc.id(), "guidance document", ids().guidance, first, problems);
        ScaffoldChecks.checkTitle(doc.title(), first, problems);
        ScaffoldChecks.checkTextLanguages(doc.title(), packLanguages(), first, problems);
        doc.topics().stream().filter(topic -> !Vocabulary.TOPICS.contains(topic)).forEach(topic -> problems.add(
                Problem.error(first, 1, 1,
                        "unknown topic '" + topic + "'; topics: " + String.join(", ", Vocabulary.TOPICS))));
        doc.subregion().filter(s -> !Vocabulary.SUBREGIONS.contains(s))
                .ifPresent(s -> problems.add(Problem.error(first, 1, 1,
                        "unknown subregion '" + s + "'; subregions: " + String.join(", ", Vocabulary.SUBREGIONS))));
        doc.year().ifPresent(year -> {
            if (year < 1900 || year > 2100) {
                problems.add(Problem.error(first, 1, 1, "the year must be 1900 to 2100, not " + year));
            }
        });
        ScaffoldChecks.throwIfAny(problems);
        PackEdit edit = new PackEdit(root, validator);
        for (Map.Entry<String, String> title : ScaffoldText.englishFirst(doc.title())) {
            Map<String, Object> front = new LinkedHashMap<>();
            front.put("id", doc.id());
            front.put("title", title.getValue());
            front.put("lang", title.getKey());
            if (!doc.topics().isEmpty()) {
                front.put("topics", doc.topics());
            }
            doc.doctype().map(DocType::key).ifPresent(type -> front.put("doctype", type));
            doc.subregion().ifPresent(s -> front.put("subregion", s));
            doc.year().ifPresent(year -> front.put("year", year));
            if (!doc.sources().isEmpty()) {
                front.put("source", doc.sources());
            }
            edit.create("guidance/" + doc.id() + "." + title.getKey() + ".md",
                    ScaffoldText.markdown(front, title.getValue()));
        }
        return edit.apply();
    }

    /**
     * Writes the module's quiz file in {@code quiz.lang()}; the module gets {@code quiz: quiz} when it
     * has no quiz yet. A translation must keep the id of the quiz's other languages.
     */
    public Written createQuiz(NewQuiz quiz) throws ContentException {
        String base = "courses/" + quiz.courseId() + "/" + quiz.moduleId();
        String modulePath = base + "/module.yaml";
        requireFile(modulePath, "module '" + quiz.moduleId() + "' of course '" + quiz.courseId() + "'");
        String moduleText = read(modulePath);
        Optional<String> quizName = quizName(moduleText, modulePath);
        String path = base + "/" + quizName.orElse("quiz") + "." + quiz.lang() + ".yaml";
        List<Problem> problems = new ArrayList<>();
        Ids.languageProblem(quiz.lang()).ifPresent(p -> problems.add(Problem.error(path, 1, 1, p)));
        Optional<String> translated = quizName.flatMap(name -> translationId(base, name));
        if (translated.isPresent()) {
            if (!translated.get().equals(quiz.id())) {
                problems.add(Problem.error(path, 1, 1, "translations of a quiz share its id: use '" + translated.get()
                        + "', not '" + quiz.id() + "'"));
            }
            if (Files.exists(root.resolve(path))) {
                problems.add(Problem.error(path, 1, 1, "already exists; edit it or add items to it"));
            }
        } else {
            ScaffoldChecks.checkNewId(quiz.id(), "quiz", ids().quizzes, path, problems);
        }
        if (quiz.title().byLanguage().values().stream().allMatch(String::isBlank)) {
            problems.add(Problem.error(path, 1, 1, "the quiz needs a title"));
        }
        if (quiz.items().isEmpty()) {
            problems.add(Problem.error(path, 1, 1, "a quiz needs at least one item"));
        }
        ScaffoldChecks.throwIfAny(problems);
        Quiz written = new Quiz(quiz.id(), quiz.lang(), quiz.title(), 70, quiz.feedback(), 0, false, List.of(),
                quiz.items(), path);
        PackEdit edit = new PackEdit(root, validator);
        edit.create(path, QuizYaml.write(written));
        if (quizName.isEmpty()) {
            edit.replace(modulePath, YamlListEdit.addKey(moduleText, "quiz", "quiz", modulePath));
        }
        return edit.apply();
    }

    /** The kinds of parts whose ids must differ from the pack's other parts of the same kind. */
    public enum Kind {
        COURSE, MODULE, LESSON, GUIDANCE, QUIZ
    }

    /** The ids the pack already uses for {@code kind}, for a form that checks an id as it is typed. */
    public java.util.Set<String> idsInUse(Kind kind) throws ContentException {
        PackIds ids = ids();
        return java.util.Set.copyOf(switch (kind) {
            case COURSE -> ids.courses.keySet();
            case MODULE -> ids.modules.keySet();
            case LESSON -> ids.lessons.keySet();
            case GUIDANCE -> ids.guidance.keySet();
            case QUIZ -> ids.quizzes.keySet();
        });
    }

    /** The id of the module's quiz in any language it is written in; empty while the module has none. */
    public Optional<String> quizId(String courseId, String moduleId) {
        String base = "courses/" + courseId + "/" + moduleId;
        try {
            return quizName(read(base + "/module.yaml"), base + "/module.yaml")
                    .flatMap(name -> translationId(base, name));
        } catch (ContentException e) {
            return Optional.empty();
        }
    }

    /** The module's quiz file in {@code lang}, relative to the pack, whether it exists or not. */
    public String quizPath(String courseId, String moduleId, String lang) {
        String base = "courses/" + courseId + "/" + moduleId;
        Optional<String> name;
        try {
            name = quizName(read(base + "/module.yaml"), base + "/module.yaml");
        } catch (ContentException e) {
            name = Optional.empty();
        }
        return base + "/" + name.orElse("quiz") + "." + lang + ".yaml";
    }

    /** The ids of the pack's courses, in folder order, for a wizard's choice. */
    public List<String> courses() throws ContentException {
        return List.copyOf(ids().courses.keySet());
    }

    /** The module folders of a course, in the order course.yaml lists them when it can be read. */
    public List<String> modules(String courseId) {
        String path = "courses/" + courseId + "/course.yaml";
        Object loaded = loadQuietly(path);
        if (loaded instanceof Map<?, ?> map && map.get("modules") instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    /** The languages pack.yaml declares; English alone when it cannot be read. */
    public List<String> packLanguages() {
        if (loadQuietly(PACK_FILE) instanceof Map<?, ?> map && map.get("languages") instanceof List<?> list
                && !list.isEmpty()) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(LocalizedText.FALLBACK_LANGUAGE);
    }

    private void requireFile(String path, String what) throws ContentException {
        if (!Files.isRegularFile(root.resolve(path))) {
            throw ContentException.of(path, "missing: " + what + " does not exist in this pack");
        }
    }

    private PackIds ids() throws ContentException {
        try {
            return PackIds.of(root);
        } catch (IOException e) {
            throw ContentException.of(root.toString(), "cannot read the pack folder: " + e.getMessage());
        }
    }

    private Optional<String> translationId(String base, String quizName) {
        try (Stream<Path> files = Files.list(root.resolve(base))) {
            return files.filter(f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(quizName)
                    + "\\.[a-z]{2,3}\\.yaml")).sorted().findFirst().flatMap(PackIds::quizId);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> quizName(String moduleText, String path) throws ContentException {
        try {
            Object loaded = new Load(LoadSettings.builder().setLabel(path).build()).loadFromString(moduleText);
            if (loaded instanceof Map<?, ?> map && map.get("quiz") instanceof String name && !name.isBlank()) {
                return Optional.of(name);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            throw ContentException.of(path, "cannot be read as YAML; correct it first");
        }
    }

    // ---- text --------------------------------------------------------------------------------

    private String read(String path) throws ContentException {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ContentException.of(path, "cannot be read: " + e.getMessage());
        }
    }

    private Object loadQuietly(String path) {
        try {
            return new Load(LoadSettings.builder().build()).loadFromString(Files.readString(root.resolve(path)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean emptyOrMissing(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
