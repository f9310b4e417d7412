package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

import org.sendero.content.Problem;
import org.sendero.content.internal.yaml.FileProblems;
import org.sendero.content.internal.yaml.YamlNode;
import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.content.internal.yaml.YamlText;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Module;
import org.sendero.core.content.Quiz;

/** Reads one module folder: module.yaml, the lessons it lists and the translations of its quiz. */
final class ModuleReader {

    private final PackReading reading;
    private final LessonReader lessons;

    ModuleReader(PackReading reading, LessonReader lessons) {
        this.reading = reading;
        this.lessons = lessons;
    }

    /**
     * @param courseDeclared the course's languages and where they are declared, empty when pack.yaml
     *            could not say
     */
    Optional<Module> read(String base, String folder, List<String> courseLanguages,
            Optional<DeclaredLanguages> courseDeclared, int passMark) {
        String modulePath = base + "/module.yaml";
        Optional<YamlMap> found = reading.yamlFile(modulePath, "module.yaml");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlMap module = found.get().expect("module.yaml", Set.of("id", "title", "lessons"),
                Set.of("description", "objectives", "quiz", "languages"));
        Optional<String> id = IdChecks.matchingFolder(module, folder);
        Optional<LocalizedText> title = Fields.localized(module, "title", true);
        LocalizedText description = Fields.localized(module, "description", false).orElse(LocalizedText.empty());
        Optional<List<String>> own = Fields.languages(module, "languages");
        List<String> languages = own.orElse(courseLanguages);
        Optional<DeclaredLanguages> declared = own.isPresent()
                ? module.get("languages").map(node -> DeclaredLanguages.at(node, own.get()))
                : courseDeclared;
        module.get("languages").ifPresent(node -> languages.forEach(lang -> reading.languageDeclared(node, lang)));
        Map<String, List<String>> objectives = new TreeMap<>();
        module.get("objectives").flatMap(node -> node.asMap("'objectives' (a list per language)")).ifPresent(
                map -> map.entries().forEach((lang, entry) -> entry.value().asTextList("objectives in " + lang)
                        .ifPresent(list -> objectives.put(lang, list))));

        // lesson files of this module, by id then language
        Map<String, Map<String, String>> lessonFiles = new LinkedHashMap<>();
        Map<String, String> quizFiles = new TreeMap<>();
        String quizBase = module.get("quiz").flatMap(node -> node.asText("'quiz'")).orElse(null);
        for (String path : reading.files.in(base)) {
            String name = path.substring(base.length() + 1);
            if (name.equals("module.yaml")) {
                continue;
            }
            reading.claimed.add(path);
            Matcher document = PackReader.DOCUMENT_NAME.matcher(name);
            Matcher quiz = PackReader.QUIZ_NAME.matcher(name);
            if (document.matches()) {
                lessonFiles.computeIfAbsent(document.group(1), k -> new TreeMap<>()).put(document.group(2), path);
            } else if (quiz.matches() && quiz.group(1).equals(quizBase)) {
                quizFiles.put(quiz.group(2), path);
            } else if (name.endsWith(".gift")) {
                reading.problems
                        .add(Problem.warning(path, 1, 1, "GIFT quizzes are not read from packs; write quiz.LANG.yaml"));
            } else {
                reading.problems.add(Problem.warning(path, 1, 1, "not part of the pack format: a module folder holds"
                        + " module.yaml, lessons ID.LANG.md and quizzes QUIZ.LANG.yaml; it is ignored"));
            }
        }
        List<String> lessonIds = new ArrayList<>();
        List<Lesson> read = new ArrayList<>();
        module.get("lessons").flatMap(node -> node.asList("'lessons'")).ifPresent(items -> {
            for (YamlNode item : items) {
                item.asText("a lesson id").ifPresent(lessonId -> {
                    if (lessonIds.contains(lessonId)) {
                        item.error("lesson '" + lessonId + "' is listed twice");
                        return;
                    }
                    Map<String, String> versions = lessonFiles.get(lessonId);
                    if (versions == null) {
                        item.error("lesson '" + lessonId + "' has no file " + base + "/" + lessonId + ".LANG.md");
                        return;
                    }
                    lessonIds.add(lessonId);
                    declared.ifPresent(list -> reading.declarations.expect("lesson " + lessonId,
                            lang -> base + "/" + lessonId + "." + lang + ".md", list, versions));
                    versions.forEach((lang, path) -> lessons.read(path, lessonId, lang).ifPresent(read::add));
                });
            }
        });
        lessonFiles.forEach((lessonId, versions) -> {
            if (!lessonIds.contains(lessonId)) {
                versions.values().forEach(path -> reading.problems.add(Problem.warning(path, 1, 1,
                        "lesson '" + lessonId + "' is not listed in " + modulePath + "; learners will not see it")));
            }
        });
        List<Quiz> quizzes = quizBase == null ? new ArrayList<>()
                : quizzes(module.get("quiz").get(), base, quizBase, quizFiles, declared, passMark);
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional
                .of(new Module(id.get(), title.get(), description, objectives, lessonIds, read, quizzes, languages));
    }

    /** The translations of the module's quiz, QUIZ.LANG.yaml, by language. */
    private List<Quiz> quizzes(YamlNode quizNode, String base, String quizBase, Map<String, String> quizFiles,
            Optional<DeclaredLanguages> declared, int passMark) {
        List<Quiz> quizzes = new ArrayList<>();
        if (quizFiles.isEmpty()) {
            quizNode.error("quiz '" + quizBase + "' has no file " + base + "/" + quizBase + ".LANG.yaml");
        } else {
            String module = base.substring(base.lastIndexOf('/') + 1);
            declared.ifPresent(list -> reading.declarations.expect("the quiz of module " + module,
                    lang -> base + "/" + quizBase + "." + lang + ".yaml", list, quizFiles));
        }
        quizFiles.forEach((lang, path) -> {
            reading.usedLanguages.add(lang);
            reading.files.text(path, reading.problems)
                    .flatMap(text -> YamlText.parse(text, new FileProblems(path, 0, reading.problems)))
                    .flatMap(root -> new QuizReader(path, lang, reading.links).read(root, passMark))
                    .ifPresent(quizzes::add);
        });
        checkQuizIds(quizzes);
        return quizzes;
    }

    /** Translations of a quiz share its id, so that progress follows a learner across languages. */
    private void checkQuizIds(List<Quiz> quizzes) {
        if (quizzes.size() < 2) {
            return;
        }
        Quiz first = quizzes.get(0);
        for (Quiz other : quizzes.subList(1, quizzes.size())) {
            if (!other.id().equals(first.id())) {
                reading.problems.add(Problem.error(other.path(), 1, 1, "quiz id '" + other.id() + "' differs from '"
                        + first.id() + "' in " + first.path() + ": translations share the id"));
            }
        }
    }
}
