package org.sendero.ui.internal.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sendero.core.content.Course;
import org.sendero.core.content.Pack;
import org.sendero.ui.internal.progress.ProgressSnapshot;
import org.sendero.ui.library.Languages;

/**
 * Everything Home shows, worked out from the learner's progress and the installed packs; Home is
 * drawn again only when this changes.
 *
 * @param learner the learner's name; empty when nobody is chosen yet
 * @param newcomer true for a learner who has read nothing and taken no quiz, who is shown how
 *        Sendero works
 * @param next empty when nobody is chosen or no course is installed
 */
record HomeContent(Optional<String> learner, boolean newcomer, Optional<ContinueOffer> next,
        List<CourseSummary> courses, List<Retake> retakes, List<LatestGuidance> latest) {

    static HomeContent of(ProgressSnapshot progress, List<Pack> library, Languages languages) {
        List<LatestGuidance> latest = LatestGuidance.of(library, languages);
        if (progress.learner().isEmpty()) {
            return new HomeContent(Optional.empty(), true, Optional.empty(), List.of(), List.of(), latest);
        }
        boolean newcomer = progress.readLessons().isEmpty() && progress.quizTime().isEmpty();
        List<CourseSummary> courses = new ArrayList<>();
        for (Pack pack : progress.packs()) {
            for (Course course : pack.courses()) {
                progress.course(pack.id(), course.id()).ifPresent(
                        done -> courses.add(CourseSummary.of(pack, course, done, progress.next(), languages)));
            }
        }
        Optional<ContinueOffer> next = courses.isEmpty() ? Optional.empty()
                : Optional.of(ContinueOffer.of(progress.next(), progress.packs(), languages, newcomer));
        return new HomeContent(progress.learner().map(learner -> learner.name()), newcomer, next, courses,
                Retake.of(progress, languages), latest);
    }
}
