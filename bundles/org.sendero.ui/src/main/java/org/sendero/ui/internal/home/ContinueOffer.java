package org.sendero.ui.internal.home;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.sendero.core.content.Course;
import org.sendero.core.content.Pack;
import org.sendero.progress.NextStep;
import org.sendero.ui.internal.progress.StepNames;
import org.sendero.ui.library.Languages;

/**
 * Home's Continue: what it opens and how it says it, e.g. "Continue: Referral and protection of
 * victims, lesson 3" over "Next lesson: Who to call first".
 *
 * @param heading the line that names the course and the step in it
 * @param detail the lesson's or quiz's own title; empty when everything is done
 * @param button the button's text: Start for a learner who has done nothing yet, else Continue
 */
record ContinueOffer(NextStep step, String heading, String detail, String button) {

    static ContinueOffer of(NextStep step, List<Pack> packs, Languages languages, boolean starting) {
        String button = starting ? Messages.Continue_start : Messages.Continue_continue;
        return switch (step) {
            case NextStep.ReadLesson lesson -> {
                String lessonId = lesson.lesson().lessonId();
                Optional<Course> course = StepNames.course(packs, lesson.lesson().packId(), lesson.lesson().courseId());
                String courseTitle = course.map(c -> c.title().in(languages.preferred())).orElse(lessonId);
                int number = course.map(c -> StepNames.lessonNumber(c, lessonId)).orElse(1);
                String title = course.flatMap(c -> StepNames.lessonTitle(c, lessonId, languages)).orElse(lessonId);
                yield new ContinueOffer(step,
                        NLS.bind(starting ? Messages.Continue_startLesson : Messages.Continue_lesson, courseTitle,
                                number),
                        NLS.bind(Messages.Continue_lessonTitle, title), button);
            }
            case NextStep.TakeQuiz quiz -> {
                String courseTitle = StepNames.course(packs, quiz.packId(), quiz.courseId())
                        .map(c -> c.title().in(languages.preferred())).orElse(quiz.courseId());
                yield new ContinueOffer(step, NLS.bind(Messages.Continue_quiz, courseTitle),
                        NLS.bind(Messages.Continue_quizTitle, StepNames.quizTitle(packs, quiz, languages)), button);
            }
            case NextStep.AllDone done -> new ContinueOffer(step, Messages.Continue_allDone, "", button);
        };
    }

    boolean opensSomething() {
        return !(step instanceof NextStep.AllDone);
    }
}
