package org.sendero.reports.internal.stats;

import java.util.List;
import java.util.Optional;

import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Course;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;

/**
 * The installed packs, asked about what the result files name: module order and titles, item
 * prompts and the guidance an item sends a learner back to. A pack that is not installed simply
 * has no answers here; the report then shows what the files themselves say.
 */
public final class InstalledContent {

    private final List<Pack> packs;

    public InstalledContent(List<Pack> packs) {
        this.packs = List.copyOf(packs);
    }

    public Optional<Pack> pack(String packId) {
        return packs.stream().filter(p -> p.id().equals(packId)).findFirst();
    }

    public Optional<Course> course(String packId, String courseId) {
        return pack(packId).flatMap(p -> p.courses().stream().filter(c -> c.id().equals(courseId)).findFirst());
    }

    public Optional<Module> module(String packId, String courseId, String moduleId) {
        return course(packId, courseId)
                .flatMap(c -> c.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst());
    }

    /** Where a module stands among all installed modules, for ordering; -1 when not installed. */
    public int moduleOrder(String packId, String courseId, String moduleId) {
        int order = 0;
        for (Pack pack : packs) {
            for (Course course : pack.courses()) {
                for (Module module : course.modules()) {
                    if (pack.id().equals(packId) && course.id().equals(courseId) && module.id().equals(moduleId)) {
                        return order;
                    }
                    order++;
                }
            }
        }
        return -1;
    }

    public Optional<Question> item(String packId, String courseId, String moduleId, String quizId, String itemId,
            String language) {
        return module(packId, courseId, moduleId).flatMap(m -> quiz(m, quizId, language))
                .flatMap(q -> q.items().stream().filter(i -> i.id().equals(itemId)).findFirst());
    }

    private static Optional<Quiz> quiz(Module module, String quizId, String language) {
        return module.quizzes().stream().filter(q -> q.id().equals(quizId) && q.lang().equals(language)).findFirst()
                .or(() -> module.quizzes().stream().filter(q -> q.id().equals(quizId)).findFirst());
    }

    /** The title of a guidance link's document, with the section's heading when the anchor names one. */
    public Optional<String> refTitle(String packId, ContentLink link, String language) {
        if (link.kind() != ContentLink.Kind.GUIDANCE) {
            return pack(packId).flatMap(p -> p.courses().stream().flatMap(c -> c.modules().stream())
                    .flatMap(m -> m.lesson(link.id(), language).stream()).findFirst()).map(l -> l.title());
        }
        Optional<GuidanceDoc> doc = pack(packId).flatMap(p -> p.guidance(link.id(), language));
        return doc.map(d -> d.title() + link.anchor().flatMap(anchor -> d.sections().stream()
                .filter(s -> s.anchor().equals(anchor) && !s.title().isBlank()).findFirst())
                .map(s -> " \u203a " + s.title()).orElse(""));
    }
}
