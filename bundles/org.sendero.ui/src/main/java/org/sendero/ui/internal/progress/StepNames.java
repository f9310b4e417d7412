package org.sendero.ui.internal.progress;

import java.util.List;
import java.util.Optional;

import org.sendero.core.content.Course;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.progress.NextStep;
import org.sendero.ui.library.Languages;

/** The names a learner reads for a step of a course: its course, lesson and quiz, in their language. */
public final class StepNames {

    private StepNames() {
    }

    public static Optional<Course> course(List<Pack> packs, String packId, String courseId) {
        return packs.stream().filter(pack -> pack.id().equals(packId)).flatMap(pack -> pack.courses().stream())
                .filter(course -> course.id().equals(courseId)).findFirst();
    }

    public static Optional<Module> module(List<Pack> packs, String packId, String courseId, String moduleId) {
        return course(packs, packId, courseId).flatMap(
                course -> course.modules().stream().filter(module -> module.id().equals(moduleId)).findFirst());
    }

    /** The quiz's title in the learner's language when the pack has it; its id when the pack is gone. */
    public static String quizTitle(List<Pack> packs, NextStep.TakeQuiz quiz, Languages languages) {
        return module(packs, quiz.packId(), quiz.courseId(), quiz.moduleId())
                .flatMap(module -> module.quiz(languages.preferred()))
                .map(found -> found.title().in(languages.preferred())).orElse(quiz.quizId());
    }

    /** The lesson's title in the best of its languages. */
    public static Optional<String> lessonTitle(Course course, String lessonId, Languages languages) {
        return course.modules().stream()
                .map(module -> languages.best(
                        module.lessons().stream().filter(lesson -> lesson.id().equals(lessonId)).toList(),
                        Lesson::lang))
                .flatMap(Optional::stream).map(Lesson::title).findFirst();
    }

    /** Where the lesson comes in its course, counting from 1 across modules; 0 when it is not there. */
    public static int lessonNumber(Course course, String lessonId) {
        return course.modules().stream().flatMap(module -> module.lessonIds().stream()).toList().indexOf(lessonId) + 1;
    }
}
