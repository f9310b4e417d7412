package org.sendero.ui.internal.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.sendero.core.content.Course;
import org.sendero.core.content.DocType;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;
import org.sendero.ui.internal.library.LibraryNode.CourseItem;
import org.sendero.ui.internal.library.LibraryNode.GuidanceItem;
import org.sendero.ui.internal.library.LibraryNode.Group;
import org.sendero.ui.internal.library.LibraryNode.LessonItem;
import org.sendero.ui.internal.library.LibraryNode.ModuleItem;
import org.sendero.ui.internal.library.LibraryNode.QuizItem;
import org.sendero.ui.library.Languages;

/**
 * Arranges the installed packs for the library: courses with their modules and lessons in order,
 * then the guidance documents grouped by topic and by document type.
 *
 * @param words the visible name of a group key: "courses", "byTopic", "byType", "quiz", "topic.KEY",
 *        "doctype.KEY" (the workbench passes its translations)
 */
public record LibraryTree(Languages languages, UnaryOperator<String> words) {

    public List<LibraryNode> roots(List<Pack> packs) {
        List<LibraryNode> roots = new ArrayList<>();
        roots.add(new Group(words.apply("courses"), packs.stream().flatMap(pack -> pack.courses().stream()
                .map(course -> (LibraryNode) course(pack.id(), course))).toList()));
        List<GuidanceItem> guidance = guidance(packs);
        roots.add(new Group(words.apply("byTopic"), grouped(guidance, doc -> doc.doc().topics().isEmpty()
                ? List.of("other") : doc.doc().topics(), "topic.")));
        roots.add(new Group(words.apply("byType"), grouped(guidance, doc -> List.of(doc.doc().doctype()
                .map(DocType::key).orElse("other")), "doctype.")));
        return roots;
    }

    private CourseItem course(String packId, Course course) {
        List<LibraryNode> modules = course.modules().stream().map(module -> (LibraryNode) module(packId, module))
                .toList();
        return new CourseItem(packId, course.id(), course.title().in(languages.preferred()), modules);
    }

    private ModuleItem module(String packId, Module module) {
        List<LibraryNode> lessons = new ArrayList<>();
        for (String lessonId : module.lessonIds()) {
            List<Lesson> versions = module.lessons().stream().filter(lesson -> lesson.id().equals(lessonId)).toList();
            languages.best(versions, Lesson::lang).ifPresent(lesson -> lessons
                    .add(new LessonItem(packId, module.id(), lesson, labelled(lesson.title(), lesson.lang()))));
        }
        languages.best(module.quizzes(), Quiz::lang).ifPresent(quiz -> lessons.add(new QuizItem(packId, module.id(),
                quiz.id(),
                labelled(words.apply("quiz") + ": " + quiz.title().in(languages.preferred()), quiz.lang()))));
        return new ModuleItem(packId, module.id(), module.title().in(languages.preferred()), lessons);
    }

    /** One entry per document id and pack, in the best language, sorted by title. */
    private List<GuidanceItem> guidance(List<Pack> packs) {
        List<GuidanceItem> items = new ArrayList<>();
        for (Pack pack : packs) {
            Map<String, List<GuidanceDoc>> byId = pack.guidance().stream()
                    .collect(Collectors.groupingBy(GuidanceDoc::id, LinkedHashMap::new, Collectors.toList()));
            byId.values().forEach(versions -> languages.best(versions, GuidanceDoc::lang)
                    .ifPresent(doc -> items.add(new GuidanceItem(pack.id(), doc, labelled(doc.title(), doc.lang())))));
        }
        items.sort(Comparator.comparing(GuidanceItem::label, String.CASE_INSENSITIVE_ORDER));
        return items;
    }

    /** A title with "(English only)" after it when the learner's language has no version of it: never silently another language. */
    private String labelled(String title, String language) {
        return language == null || language.equals(languages.preferred()) ? title
                : title + " " + words.apply("onlyIn." + language);
    }

    private List<LibraryNode> grouped(List<GuidanceItem> items,
            java.util.function.Function<GuidanceItem, List<String>> keys, String prefix) {
        Map<String, List<LibraryNode>> groups = new TreeMap<>();
        for (GuidanceItem item : items) {
            for (String key : keys.apply(item)) {
                groups.computeIfAbsent(words.apply(prefix + key), name -> new ArrayList<>()).add(item);
            }
        }
        return groups.entrySet().stream().map(group -> (LibraryNode) new Group(group.getKey(), group.getValue()))
                .toList();
    }
}
