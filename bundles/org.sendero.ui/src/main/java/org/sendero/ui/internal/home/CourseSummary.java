package org.sendero.ui.internal.home;

import java.util.Optional;

import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.progress.CourseProgress;
import org.sendero.progress.LessonRef;
import org.sendero.progress.ModuleProgress;
import org.sendero.progress.NextStep;
import org.sendero.ui.internal.progress.ProgressSnapshot;
import org.sendero.ui.library.Languages;

/**
 * What a course's card on Home says and opens.
 *
 * @param title the course's title in the learner's language when the pack has it
 * @param opens the lesson or quiz its button opens: where the learner goes next in this course, or
 *        its first lesson to review once it is complete
 */
record CourseSummary(String packId, String courseId, String title, int done, int total, State state, NextStep opens) {

    enum State {
        NEW, STARTED, COMPLETE
    }

    /**
     * @param next what Continue opens: when it is in this course the card opens the same thing, so
     *        that a lesson left half read is reopened from either
     */
    static CourseSummary of(Pack pack, Course course, CourseProgress progress, NextStep next, Languages languages) {
        int[] steps = ProgressSnapshot.steps(progress);
        State state = progress.complete() ? State.COMPLETE : steps[0] == 0 ? State.NEW : State.STARTED;
        NextStep opens = in(next, pack.id(), course.id()) ? next
                : state == State.COMPLETE ? first(pack, course) : nextIn(pack, course, progress);
        return new CourseSummary(pack.id(), course.id(), course.title().in(languages.preferred()), steps[0],
                steps[1], state, opens);
    }

    private static boolean in(NextStep step, String packId, String courseId) {
        return switch (step) {
            case NextStep.ReadLesson lesson ->
                lesson.lesson().packId().equals(packId) && lesson.lesson().courseId().equals(courseId);
            case NextStep.TakeQuiz quiz -> quiz.packId().equals(packId) && quiz.courseId().equals(courseId);
            case NextStep.AllDone done -> false;
        };
    }

    /** The first unread lesson or quiz not passed of the course's first incomplete module. */
    private static NextStep nextIn(Pack pack, Course course, CourseProgress progress) {
        for (Module module : course.modules()) {
            Optional<ModuleProgress> done = progress.modules().stream()
                    .filter(candidate -> candidate.moduleId().equals(module.id())).findFirst();
            if (done.isEmpty() || done.get().complete()) {
                continue;
            }
            Optional<String> unread = module.lessonIds().stream()
                    .filter(id -> !done.get().lessonsRead().contains(id)).findFirst();
            if (unread.isPresent()) {
                return new NextStep.ReadLesson(new LessonRef(pack.id(), course.id(), module.id(), unread.get()), 0);
            }
            if (done.get().attemptsLeft() > 0 && !module.quizzes().isEmpty()) {
                return new NextStep.TakeQuiz(pack.id(), course.id(), module.id(), module.quizzes().get(0).id());
            }
        }
        return first(pack, course);
    }

    private static NextStep first(Pack pack, Course course) {
        return course.modules().stream().filter(module -> !module.lessonIds().isEmpty()).findFirst()
                .<NextStep>map(module -> new NextStep.ReadLesson(
                        new LessonRef(pack.id(), course.id(), module.id(), module.lessonIds().get(0)), 0))
                .orElse(new NextStep.AllDone());
    }
}
