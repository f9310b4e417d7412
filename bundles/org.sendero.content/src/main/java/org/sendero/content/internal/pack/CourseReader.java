package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendero.content.Problem;
import org.sendero.content.internal.yaml.YamlNode;
import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.core.content.Course;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Module;

/** Reads the courses, courses/ID/course.yaml, each with its modules, in the order learners see them. */
final class CourseReader {

    private final PackReading reading;
    /** One for all courses: a lesson id is unique in the pack, not only in its module. */
    private final ModuleReader modules;

    CourseReader(PackReading reading) {
        this.reading = reading;
        this.modules = new ModuleReader(reading, new LessonReader(reading));
    }

    /**
     * The courses in the order pack.yaml lists them; without a list, in the order of their folders.
     *
     * @param courseOrder pack.yaml's 'courses', when it has one
     */
    List<Course> read(Optional<YamlNode> courseOrder) {
        return inListedOrder(courses(), courseOrder);
    }

    private List<Course> inListedOrder(List<Course> courses, Optional<YamlNode> courseOrder) {
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
                } else if (!reading.files.contains("courses/" + courseId + "/course.yaml")) {
                    item.error("course '" + courseId + "' has no folder courses/" + courseId + " with a course.yaml");
                } else if (byId.containsKey(courseId)) {
                    ordered.add(byId.get(courseId));
                }
            });
        }
        for (Course course : courses) {
            if (!listed.contains(course.id())) {
                courseOrder.get().warning(
                        "course '" + course.id() + "' is not listed in 'courses'; it is shown after the listed ones");
                ordered.add(course);
            }
        }
        return ordered;
    }

    private List<Course> courses() {
        List<Course> courses = new ArrayList<>();
        for (String folder : reading.files.folders("courses")) {
            course(folder).ifPresent(courses::add);
        }
        return courses;
    }

    private Optional<Course> course(String folder) {
        String base = "courses/" + folder;
        String coursePath = base + "/course.yaml";
        for (String stray : reading.files.in(base)) {
            if (!stray.equals(coursePath)) {
                reading.claimed.add(stray);
                reading.problems.add(Problem.warning(stray, 1, 1, "not part of the pack format: a course folder holds"
                        + " course.yaml and one folder per module; it is ignored"));
            }
        }
        if (!reading.files.contains(coursePath)) {
            reading.problems
                    .add(Problem.error(coursePath, 1, 1, "missing: the course folder " + base + " has no course.yaml"));
            return Optional.empty();
        }
        Optional<YamlMap> found = reading.yamlFile(coursePath, "course.yaml");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlMap course = found.get().expect("course.yaml", Set.of("id", "title", "modules"),
                Set.of("description", "languages", "pass_mark"));
        Optional<String> id = IdChecks.matchingFolder(course, folder);
        Optional<LocalizedText> title = Fields.localized(course, "title", true);
        LocalizedText description = Fields.localized(course, "description", false).orElse(LocalizedText.empty());
        Optional<List<String>> own = Fields.languages(course, "languages");
        List<String> languages = own.orElse(reading.packLanguages());
        // without a list of its own, a course declares the pack's languages
        Optional<DeclaredLanguages> declared = own.isPresent()
                ? course.get("languages").map(node -> DeclaredLanguages.at(node, own.get()))
                : reading.packDeclaration();
        course.get("languages").ifPresent(node -> languages.forEach(lang -> reading.languageDeclared(node, lang)));
        int passMark = course.get("pass_mark").map(node -> node.asInt("'pass_mark'", 0, 100).orElse(70)).orElse(70);
        List<Module> read = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        course.get("modules").flatMap(node -> node.asList("'modules'")).ifPresent(items -> {
            for (YamlNode item : items) {
                item.asText("a module").ifPresent(moduleId -> {
                    if (!listed.add(moduleId)) {
                        item.error("module '" + moduleId + "' is listed twice");
                    } else if (!reading.files.contains(base + "/" + moduleId + "/module.yaml")) {
                        item.error("module '" + moduleId + "' has no folder " + base + "/" + moduleId
                                + " with a module.yaml");
                    } else {
                        modules.read(base + "/" + moduleId, moduleId, languages, declared, passMark)
                                .ifPresent(read::add);
                    }
                });
            }
        });
        for (String moduleFolder : reading.files.folders(base)) {
            if (!listed.contains(moduleFolder)) {
                for (String stray : reading.files.all()) {
                    if (stray.startsWith(base + "/" + moduleFolder + "/")) {
                        reading.claimed.add(stray);
                    }
                }
                reading.problems.add(Problem.warning(coursePath, course.node().line(), 1, "the folder " + moduleFolder
                        + " is not listed in 'modules'; learners will not see it"));
            }
        }
        if (id.isPresent() && title.isPresent()) {
            return Optional.of(new Course(id.get(), title.get(), description, languages, read, passMark));
        }
        return Optional.empty();
    }
}
