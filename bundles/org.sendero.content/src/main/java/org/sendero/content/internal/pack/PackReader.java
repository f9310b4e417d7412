package org.sendero.content.internal.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendero.content.PackReport;
import org.sendero.content.Problem;
import org.sendero.content.internal.markdown.UrlPolicy;
import org.sendero.content.internal.yaml.FileProblems;
import org.sendero.content.internal.yaml.YamlNode;
import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.content.internal.yaml.YamlText;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Course;
import org.sendero.core.content.DocType;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.PackInfo;
import org.sendero.core.content.PackVersion;
import org.sendero.core.content.Quiz;

/**
 * Reads a pack folder into the domain model and reports every problem of every file in one run.
 * Cross-file checks (links, anchors, translations) run after all files are read.
 */
public final class PackReader {

    public static final String PACK_FILE = "pack.yaml";
    public static final String GLOSSARY_FILE = "glossary.yaml";
    public static final String MANIFEST_FILE = "MANIFEST.sha256";
    public static final String SIGNATURE_FILE = "MANIFEST.sig";

    private static final Pattern DOCUMENT_NAME = Pattern.compile("([^/]+)\\.([a-z]{2,3})\\.md");
    private static final Pattern QUIZ_NAME = Pattern.compile("([^/]+)\\.([a-z]{2,3})\\.yaml");

    private final PackFiles files;
    private final List<Problem> problems = new ArrayList<>();
    private final List<LinkUse> links = new ArrayList<>();
    private final Set<String> claimed = new LinkedHashSet<>();
    /** kind:id:lang to the anchors of that document, for link checks. */
    private final Map<String, Set<String>> anchors = new HashMap<>();
    /** kind:id to the languages it exists in. */
    private final Map<String, Set<String>> translations = new HashMap<>();
    private final Set<String> usedLanguages = new LinkedHashSet<>();
    private List<String> packLanguages = List.of("en");
    /** False while pack.yaml gave no usable language list: then nothing is checked against it. */
    private boolean packLanguagesKnown;
    private int languagesLine = 1;
    /** pack.yaml's optional 'courses': the order in which learners see the courses. */
    private Optional<YamlNode> courseOrder = Optional.empty();

    /**
     * False for an installed pack: its Markdown and its id were checked at install and its folder
     * has not changed since. True for a pack coming in (validate, pack, install).
     */
    private final boolean checkMarkdown;

    private PackReader(PackFiles files, boolean checkMarkdown) {
        this.files = files;
        this.checkMarkdown = checkMarkdown;
    }

    /** Reads and validates the pack in {@code folder}. Never throws for bad content. */
    public static PackReport read(Path folder) {
        return read(folder, true);
    }

    /**
     * Reads an installed pack: a folder that {@link #read(Path)} found free of errors when it was
     * installed, and that nothing writes to after that. Its YAML and front matter are read and
     * checked as always, but the Markdown bodies are not parsed again for their links and anchors,
     * and each document's sections are rendered only when first asked for: this is most of the
     * time that reading a pack takes, and the workbench reads its packs at every start.
     */
    public static PackReport readInstalled(Path folder) {
        return read(folder, false);
    }

    private static PackReport read(Path folder, boolean checkMarkdown) {
        List<Problem> listing = new ArrayList<>();
        PackFiles files;
        try {
            files = PackFiles.list(folder, listing);
        } catch (IOException e) {
            return new PackReport(Optional.empty(), List.of(Problem.error(".", 1, 1, "cannot read the folder: " + e.getMessage())));
        }
        PackReader reader = new PackReader(files, checkMarkdown);
        reader.problems.addAll(listing);
        return reader.read();
    }

    /** Only pack.yaml: enough to list installed packs without reading every document. */
    public static Optional<PackInfo> info(Path folder) {
        List<Problem> ignored = new ArrayList<>();
        try {
            PackReader reader = new PackReader(PackFiles.single(folder, PACK_FILE), false);
            return reader.packInfo();
        } catch (RuntimeException e) {
            ignored.add(Problem.error(PACK_FILE, 1, 1, String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    private PackReport read() {
        Optional<PackInfo> info = packInfo();
        List<GuidanceDoc> guidance = guidance();
        List<Course> courses = inListedOrder(courses());
        List<GlossaryTerm> glossary = glossary();
        claimed.add(MANIFEST_FILE);
        claimed.add(SIGNATURE_FILE);
        for (String path : files.all()) {
            if (!claimed.contains(path) && !path.startsWith("assets/")) {
                problems.add(Problem.warning(path, 1, 1, "not part of the pack format; it is ignored"));
            }
        }
        if (checkMarkdown) {
            checkLinks();
        }
        info.ifPresent(this::checkLanguages);
        problems.sort(Comparator.comparing(Problem::path).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        boolean errors = problems.stream().anyMatch(Problem::isError);
        Optional<Pack> pack = errors || info.isEmpty() ? Optional.empty()
                : Optional.of(new Pack(info.get(), guidance, courses, glossary));
        return new PackReport(pack, problems);
    }

    private Optional<YamlMap> yamlFile(String path, String what) {
        claimed.add(path);
        return files.text(path, problems)
                .flatMap(text -> YamlText.parse(text, new FileProblems(path, 0, problems)))
                .flatMap(root -> root.asMap(what));
    }

    private Optional<PackInfo> packInfo() {
        if (!files.contains(PACK_FILE)) {
            problems.add(Problem.error(PACK_FILE, 1, 1, "missing: every pack has a pack.yaml with its id, version and title"));
            return Optional.empty();
        }
        Optional<YamlMap> found = yamlFile(PACK_FILE, "pack.yaml");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlMap pack = found.get().expect("pack.yaml", Set.of("id", "version", "title", "languages"),
                Set.of("description", "authors", "license", "courses"));
        courseOrder = pack.get("courses");
        Optional<String> id = IdChecks.packId(pack, checkMarkdown);
        Optional<PackVersion> version = pack.get("version").flatMap(node -> node.asText("'version'").flatMap(text -> {
            if (!PackVersion.isValid(text)) {
                node.error("'version' must be MAJOR.MINOR.PATCH, e.g. 1.0.0, not '" + text + "'");
                return Optional.empty();
            }
            return Optional.of(PackVersion.parse(text));
        }));
        Optional<LocalizedText> title = Fields.localized(pack, "title", true);
        LocalizedText description = Fields.localized(pack, "description", false).orElse(LocalizedText.empty());
        Optional<List<String>> languages = Fields.languages(pack, "languages");
        pack.get("languages").ifPresent(node -> languagesLine = node.line());
        languages.ifPresent(list -> {
            if (list.isEmpty()) {
                pack.get("languages").get().error("'languages' must name at least one language");
            } else {
                packLanguages = list;
                packLanguagesKnown = true;
            }
        });
        List<String> authors = pack.get("authors").flatMap(node -> node.asTextList("'authors'")).orElse(List.of());
        String license = pack.text("license").orElse("");
        if (id.isEmpty() || version.isEmpty() || title.isEmpty() || languages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PackInfo(id.get(), version.get(), title.get(), description, languages.get(), authors, license));
    }

    private void languageDeclared(YamlNode node, String lang) {
        // a broken pack.yaml is reported once, not once more for every translated file
        if (packLanguagesKnown && !packLanguages.contains(lang)) {
            node.error("language '" + lang + "' is not declared in pack.yaml (languages: " + String.join(", ", packLanguages) + ")");
        }
    }

    // ---- guidance -------------------------------------------------------------------------

    private List<GuidanceDoc> guidance() {
        List<GuidanceDoc> docs = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String path : files.in("guidance")) {
            claimed.add(path);
            Matcher name = DOCUMENT_NAME.matcher(path.substring("guidance/".length()));
            if (!name.matches()) {
                problems.add(Problem.error(path, 1, 1, "a guidance file is named ID.LANG.md, e.g. referral-checklist.en.md"));
                continue;
            }
            String fileId = name.group(1);
            String fileLang = name.group(2);
            Optional<String> text = files.text(path, problems);
            if (text.isEmpty()) {
                continue;
            }
            MarkdownFile file = markdown(path, text.get(), fileLang, "guidance:" + fileId + ":" + fileLang);
            links.addAll(file.links);
            file.knownAnchors().ifPresent(found -> anchors.put("guidance:" + fileId + ":" + fileLang, found));
            translations.computeIfAbsent("guidance:" + fileId, k -> new LinkedHashSet<>()).add(fileLang);
            usedLanguages.add(fileLang);
            if (file.frontMatter.isEmpty()) {
                continue;
            }
            YamlMap front = file.frontMatter.get().expect("guidance front matter", Set.of("id", "title", "lang"),
                    Set.of("topics", "doctype", "subregion", "year", "source"));
            Optional<String> id = IdChecks.matchingFile(front, fileId, path);
            Optional<String> lang = langMatchingFile(front, fileLang);
            Optional<String> title = front.text("title");
            List<String> topics = front.get("topics").flatMap(node -> node.asList("'topics'")).map(items -> {
                List<String> valid = new ArrayList<>();
                for (YamlNode item : items) {
                    item.asText("a topic").ifPresent(topic -> {
                        if (Vocabulary.TOPICS.contains(topic)) {
                            valid.add(topic);
                        } else {
                            item.error("unknown topic '" + topic + "'; topics: " + String.join(", ", Vocabulary.TOPICS));
                        }
                    });
                }
                return valid;
            }).orElse(List.of());
            Optional<DocType> doctype = front.get("doctype").flatMap(node -> node.asText("'doctype'").flatMap(text2 -> {
                Optional<DocType> type = DocType.fromKey(text2);
                if (type.isEmpty()) {
                    node.error("unknown doctype '" + text2 + "'; doctypes: policy, procedure, legal, factsheet, checklist");
                }
                return type;
            }));
            Optional<String> subregion = front.get("subregion").flatMap(node -> node.asText("'subregion'").filter(s -> {
                if (!Vocabulary.SUBREGIONS.contains(s)) {
                    node.error("unknown subregion '" + s + "'; subregions: " + String.join(", ", Vocabulary.SUBREGIONS));
                    return false;
                }
                return true;
            }));
            OptionalInt year = front.get("year").map(node -> node.asInt("'year'", 1900, 2100)).orElse(OptionalInt.empty());
            List<String> sources = front.get("source").flatMap(node -> node.asTextList("'source'")).orElse(List.of());
            if (id.isPresent() && lang.isPresent()) {
                String key = id.get() + ":" + lang.get();
                if (seen.containsKey(key)) {
                    front.get("id").get().error("duplicate guidance id '" + id.get() + "' in language " + lang.get()
                            + " (also in " + seen.get(key) + ")");
                    continue;
                }
                seen.put(key, path);
            }
            if (id.isPresent() && lang.isPresent() && title.isPresent()) {
                docs.add(new GuidanceDoc(id.get(), lang.get(), title.get(), topics, doctype, subregion, year, sources,
                        path, file.body, file.sections));
            }
        }
        return docs;
    }

    private Optional<String> langMatchingFile(YamlMap front, String fileLang) {
        return front.get("lang").flatMap(node -> node.asText("'lang'").filter(lang -> {
            if (!lang.equals(fileLang)) {
                node.error("lang '" + lang + "' does not match the file name suffix '." + fileLang + ".md'");
                return false;
            }
            languageDeclared(node, lang);
            return true;
        }));
    }

    // ---- courses --------------------------------------------------------------------------

    /** The courses in the order pack.yaml lists them; without a list, in the order of their folders. */
    private List<Course> inListedOrder(List<Course> courses) {
        Optional<List<YamlNode>> items = courseOrder.flatMap(node -> node.asList("'courses'"));
        if (items.isEmpty()) {
            return courses;
        }
        Map<String, Course> byId = new LinkedHashMap<>();
        courses.forEach(course -> byId.put(course.id(), course));
        List<Course> ordered = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (YamlNode item : items.get()) {
            item.asText("a course").ifPresent(courseId -> {
                if (!listed.add(courseId)) {
                    item.error("course '" + courseId + "' is listed twice");
                } else if (!files.contains("courses/" + courseId + "/course.yaml")) {
                    item.error("course '" + courseId + "' has no folder courses/" + courseId + " with a course.yaml");
                } else if (byId.containsKey(courseId)) {
                    ordered.add(byId.get(courseId));
                }
            });
        }
        for (Course course : courses) {
            if (!listed.contains(course.id())) {
                courseOrder.get().warning("course '" + course.id() + "' is not listed in 'courses'; it is shown after the listed ones");
                ordered.add(course);
            }
        }
        return ordered;
    }

    private List<Course> courses() {
        List<Course> courses = new ArrayList<>();
        Map<String, String> lessonSeen = new HashMap<>();
        for (String folder : files.folders("courses")) {
            String base = "courses/" + folder;
            String coursePath = base + "/course.yaml";
            for (String stray : files.in(base)) {
                if (!stray.equals(coursePath)) {
                    claimed.add(stray);
                    problems.add(Problem.warning(stray, 1, 1, "not part of the pack format: a course folder holds"
                            + " course.yaml and one folder per module; it is ignored"));
                }
            }
            if (!files.contains(coursePath)) {
                problems.add(Problem.error(coursePath, 1, 1, "missing: the course folder " + base + " has no course.yaml"));
                continue;
            }
            Optional<YamlMap> found = yamlFile(coursePath, "course.yaml");
            if (found.isEmpty()) {
                continue;
            }
            YamlMap course = found.get().expect("course.yaml", Set.of("id", "title", "modules"),
                    Set.of("description", "languages", "pass_mark"));
            Optional<String> id = IdChecks.matchingFolder(course, folder);
            Optional<LocalizedText> title = Fields.localized(course, "title", true);
            LocalizedText description = Fields.localized(course, "description", false).orElse(LocalizedText.empty());
            List<String> languages = Fields.languages(course, "languages").orElse(packLanguages);
            course.get("languages").ifPresent(node -> languages.forEach(lang -> languageDeclared(node, lang)));
            int passMark = course.get("pass_mark").map(node -> node.asInt("'pass_mark'", 0, 100).orElse(70)).orElse(70);
            List<Module> modules = new ArrayList<>();
            Set<String> listed = new LinkedHashSet<>();
            course.get("modules").flatMap(node -> node.asList("'modules'")).ifPresent(items -> {
                for (YamlNode item : items) {
                    item.asText("a module").ifPresent(moduleId -> {
                        if (!listed.add(moduleId)) {
                            item.error("module '" + moduleId + "' is listed twice");
                        } else if (!files.contains(base + "/" + moduleId + "/module.yaml")) {
                            item.error("module '" + moduleId + "' has no folder " + base + "/" + moduleId
                                    + " with a module.yaml");
                        } else {
                            module(base + "/" + moduleId, moduleId, languages, passMark, lessonSeen).ifPresent(modules::add);
                        }
                    });
                }
            });
            for (String moduleFolder : files.folders(base)) {
                if (!listed.contains(moduleFolder)) {
                    for (String stray : files.all()) {
                        if (stray.startsWith(base + "/" + moduleFolder + "/")) {
                            claimed.add(stray);
                        }
                    }
                    problems.add(Problem.warning(coursePath, course.node().line(), 1, "the folder " + moduleFolder
                            + " is not listed in 'modules'; learners will not see it"));
                }
            }
            if (id.isPresent() && title.isPresent()) {
                courses.add(new Course(id.get(), title.get(), description, languages, modules, passMark));
            }
        }
        return courses;
    }

    private Optional<Module> module(String base, String folder, List<String> courseLanguages, int passMark,
            Map<String, String> lessonSeen) {
        String modulePath = base + "/module.yaml";
        Optional<YamlMap> found = yamlFile(modulePath, "module.yaml");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlMap module = found.get().expect("module.yaml", Set.of("id", "title", "lessons"),
                Set.of("description", "objectives", "quiz", "languages"));
        Optional<String> id = IdChecks.matchingFolder(module, folder);
        Optional<LocalizedText> title = Fields.localized(module, "title", true);
        LocalizedText description = Fields.localized(module, "description", false).orElse(LocalizedText.empty());
        List<String> languages = Fields.languages(module, "languages").orElse(courseLanguages);
        module.get("languages").ifPresent(node -> languages.forEach(lang -> languageDeclared(node, lang)));
        Map<String, List<String>> objectives = new TreeMap<>();
        module.get("objectives").flatMap(node -> node.asMap("'objectives' (a list per language)")).ifPresent(map ->
                map.entries().forEach((lang, entry) -> entry.value().asTextList("objectives in " + lang)
                        .ifPresent(list -> objectives.put(lang, list))));

        // lesson files of this module, by id then language
        Map<String, Map<String, String>> lessonFiles = new LinkedHashMap<>();
        Map<String, String> quizFiles = new TreeMap<>();
        String quizBase = module.get("quiz").flatMap(node -> node.asText("'quiz'")).orElse(null);
        for (String path : files.in(base)) {
            String name = path.substring(base.length() + 1);
            if (name.equals("module.yaml")) {
                continue;
            }
            claimed.add(path);
            Matcher document = DOCUMENT_NAME.matcher(name);
            Matcher quiz = QUIZ_NAME.matcher(name);
            if (document.matches()) {
                lessonFiles.computeIfAbsent(document.group(1), k -> new TreeMap<>()).put(document.group(2), path);
            } else if (quiz.matches() && quiz.group(1).equals(quizBase)) {
                quizFiles.put(quiz.group(2), path);
            } else if (name.endsWith(".gift")) {
                problems.add(Problem.warning(path, 1, 1, "GIFT quizzes are not read from packs; write quiz.LANG.yaml"));
            } else {
                problems.add(Problem.warning(path, 1, 1, "not part of the pack format: a module folder holds"
                        + " module.yaml, lessons ID.LANG.md and quizzes QUIZ.LANG.yaml; it is ignored"));
            }
        }
        List<String> lessonIds = new ArrayList<>();
        List<Lesson> lessons = new ArrayList<>();
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
                    for (String lang : languages) {
                        if (!versions.containsKey(lang)) {
                            item.warning("lesson '" + lessonId + "' has no " + lang + " translation (" + lessonId + "." + lang
                                    + ".md); the module's languages are " + String.join(", ", languages));
                        }
                    }
                    versions.forEach((lang, path) -> lesson(path, lessonId, lang, lessonSeen).ifPresent(lessons::add));
                });
            }
        });
        lessonFiles.forEach((lessonId, versions) -> {
            if (!lessonIds.contains(lessonId)) {
                versions.values().forEach(path -> problems.add(Problem.warning(path, 1, 1,
                        "lesson '" + lessonId + "' is not listed in " + modulePath + "; learners will not see it")));
            }
        });
        List<Quiz> quizzes = new ArrayList<>();
        if (quizBase != null) {
            YamlNode quizNode = module.get("quiz").get();
            if (quizFiles.isEmpty()) {
                quizNode.error("quiz '" + quizBase + "' has no file " + base + "/" + quizBase + ".LANG.yaml");
            }
            for (String lang : languages) {
                if (!quizFiles.isEmpty() && !quizFiles.containsKey(lang)) {
                    quizNode.warning("quiz '" + quizBase + "' has no " + lang + " translation (" + quizBase + "." + lang
                            + ".yaml); the module's languages are " + String.join(", ", languages));
                }
            }
            quizFiles.forEach((lang, path) -> {
                usedLanguages.add(lang);
                files.text(path, problems).flatMap(text -> YamlText.parse(text, new FileProblems(path, 0, problems)))
                        .flatMap(root -> new QuizReader(path, lang, links).read(root, passMark)).ifPresent(quizzes::add);
            });
            checkQuizIds(quizzes);
        }
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Module(id.get(), title.get(), description, objectives, lessonIds, lessons, quizzes, languages));
    }

    /** Translations of a quiz share its id, so that progress follows a learner across languages. */
    private void checkQuizIds(List<Quiz> quizzes) {
        if (quizzes.size() < 2) {
            return;
        }
        Quiz first = quizzes.get(0);
        for (Quiz other : quizzes.subList(1, quizzes.size())) {
            if (!other.id().equals(first.id())) {
                problems.add(Problem.error(other.path(), 1, 1, "quiz id '" + other.id() + "' differs from '" + first.id()
                        + "' in " + first.path() + ": translations share the id"));
            }
        }
    }

    private Optional<Lesson> lesson(String path, String fileId, String fileLang, Map<String, String> lessonSeen) {
        Optional<String> text = files.text(path, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String key = "lesson:" + fileId + ":" + fileLang;
        MarkdownFile file = markdown(path, text.get(), fileLang, key);
        links.addAll(file.links);
        file.knownAnchors().ifPresent(found -> anchors.put(key, found));
        translations.computeIfAbsent("lesson:" + fileId, k -> new LinkedHashSet<>()).add(fileLang);
        usedLanguages.add(fileLang);
        if (file.frontMatter.isEmpty()) {
            return Optional.empty();
        }
        YamlMap front = file.frontMatter.get().expect("lesson front matter", Set.of("id", "title", "lang"),
                Set.of("minutes", "source"));
        Optional<String> id = IdChecks.matchingFile(front, fileId, path);
        Optional<String> lang = langMatchingFile(front, fileLang);
        Optional<String> title = front.text("title");
        int minutes = front.get("minutes").map(node -> node.asInt("'minutes'", 1, 600).orElse(0)).orElse(0);
        List<String> sources = front.get("source").flatMap(node -> node.asTextList("'source'")).orElse(List.of());
        if (id.isEmpty() || lang.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        String seenKey = id.get() + ":" + lang.get();
        if (lessonSeen.containsKey(seenKey)) {
            front.get("id").get().error("duplicate lesson id '" + id.get() + "' in language " + lang.get() + " (also in "
                    + lessonSeen.get(seenKey) + ")");
            return Optional.empty();
        }
        lessonSeen.put(seenKey, path);
        return Optional.of(new Lesson(id.get(), lang.get(), title.get(), minutes, sources, path, file.body, file.sections));
    }

    private MarkdownFile markdown(String path, String text, String lang, String documentKey) {
        return checkMarkdown ? MarkdownFile.read(path, text, lang, documentKey, problems)
                : MarkdownFile.readChecked(path, text, problems);
    }

    // ---- glossary -------------------------------------------------------------------------

    private List<GlossaryTerm> glossary() {
        if (!files.contains(GLOSSARY_FILE)) {
            return List.of();
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        yamlFile(GLOSSARY_FILE, "glossary.yaml").ifPresent(glossary -> {
            glossary.expect("glossary.yaml", Set.of("terms"), Set.of());
            Set<String> ids = new LinkedHashSet<>();
            glossary.get("terms").flatMap(node -> node.asList("'terms'")).ifPresent(items -> {
                for (YamlNode item : items) {
                    item.asMap("a glossary term").ifPresent(term -> {
                        Optional<String> id = Fields.id(term, "id", "term id");
                        if (term.get("id").isEmpty()) {
                            term.node().error("missing key 'id' in a glossary term");
                        }
                        Map<String, List<String>> byLanguage = new TreeMap<>();
                        term.entries().forEach((key, entry) -> {
                            if (key.equals("id") || key.equals("note")) {
                                return;
                            }
                            if (!Vocabulary.LANGUAGE.matcher(key).matches()) {
                                entry.key().error("unknown key '" + key + "' in a glossary term; keys: id, note and language codes");
                            } else {
                                languageDeclared(entry.key(), key);
                                entry.value().asTextList("the " + key + " terms").ifPresent(list -> byLanguage.put(key, list));
                            }
                        });
                        LocalizedText note = Fields.localized(term, "note", false).orElse(LocalizedText.empty());
                        id.ifPresent(termId -> {
                            if (!ids.add(termId)) {
                                term.get("id").get().error("duplicate glossary term id '" + termId + "'");
                            } else {
                                terms.add(new GlossaryTerm(termId, byLanguage, note));
                            }
                        });
                    });
                }
            });
        });
        return terms;
    }

    // ---- cross-file checks ----------------------------------------------------------------

    private void checkLinks() {
        for (LinkUse link : links) {
            String url = UrlPolicy.normalize(link.url());
            switch (UrlPolicy.classify(link.url())) {
                case EXTERNAL -> {
                    if (link.image()) {
                        warn(link, "images from the web are not shown (nothing is fetched from the network);"
                                + " put the image under assets/");
                    }
                }
                case CONTENT -> ContentLink.parse(url).ifPresent(target -> checkTarget(link, target));
                case FRAGMENT -> {
                    String anchor = url.substring(1);
                    if (!link.documentKey().equals("quiz") && !anchors.getOrDefault(link.documentKey(), Set.of()).contains(anchor)) {
                        error(link, "broken link: no section '#" + anchor + "' in this document");
                    }
                }
                case ASSET -> {
                    if (!files.contains(url)) {
                        error(link, "missing file: " + url);
                    }
                }
                case RELATIVE -> error(link, "broken link '" + link.url() + "': link to documents by id (guidance:ID#anchor,"
                        + " lesson:ID) and to images under assets/");
                case DANGEROUS -> error(link, "unsafe link '" + link.url() + "': only http, https, mailto, guidance: and"
                        + " lesson: links are allowed");
            }
        }
    }

    private void checkTarget(LinkUse link, ContentLink target) {
        String kind = target.kind().scheme();
        Set<String> languages = translations.get(kind + ":" + target.id());
        if (languages == null) {
            error(link, "broken link: no " + kind + " with id '" + target.id() + "'");
            return;
        }
        if (target.anchor().isEmpty()) {
            return;
        }
        // the same-language version when it exists, else English, else any: the reader falls back the same way
        String lang = languages.contains(link.lang()) ? link.lang()
                : languages.contains(LocalizedText.FALLBACK_LANGUAGE) ? LocalizedText.FALLBACK_LANGUAGE
                : languages.iterator().next();
        String anchor = target.anchor().get();
        Set<String> known = anchors.get(kind + ":" + target.id() + ":" + lang);
        // no anchors known: the document could not be read, and its own error says why
        if (known != null && !known.contains(anchor)) {
            error(link, "broken link: " + kind + " '" + target.id() + "' (" + lang + ") has no section '#" + anchor + "'");
        }
    }

    private void checkLanguages(PackInfo info) {
        for (String lang : info.languages()) {
            if (!usedLanguages.contains(lang)) {
                problems.add(Problem.warning(PACK_FILE, languagesLine, 1, "language '" + lang
                        + "' is declared but no document, lesson or quiz is written in it"));
            }
        }
    }

    private void error(LinkUse link, String message) {
        problems.add(Problem.error(link.path(), link.line(), link.column(), message));
    }

    private void warn(LinkUse link, String message) {
        problems.add(Problem.warning(link.path(), link.line(), link.column(), message));
    }
}
