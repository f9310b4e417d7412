package org.sendero.ui.internal.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;
import org.sendero.progress.ModuleProgress;
import org.sendero.ui.internal.progress.ProgressSnapshot;
import org.sendero.ui.library.Languages;

/**
 * A quiz the learner finished at least once without passing, and may take again.
 *
 * @param best the best score, in percent
 * @param passMark the percent needed to pass
 */
record Retake(String packId, String quizId, String title, int best, int passMark) {

    /** How many Home lists: the ones most worth another try. */
    static final int SHOWN = 5;

    /**
     * The quizzes not passed yet, with attempts left, lowest best score first: those are the ones
     * whose lessons most need reading again. A quiz only started is not among them, it is simply
     * not finished; a quiz with no attempt left cannot be taken again.
     */
    static List<Retake> of(ProgressSnapshot progress, Languages languages) {
        List<Retake> found = new ArrayList<>();
        for (Pack pack : progress.packs()) {
            for (Course course : pack.courses()) {
                for (Module module : course.modules()) {
                    Optional<ModuleProgress> done = progress.course(pack.id(), course.id())
                            .flatMap(c -> c.modules().stream().filter(m -> m.moduleId().equals(module.id()))
                                    .findFirst());
                    Optional<Quiz> quiz = module.quiz(languages.preferred());
                    if (done.isPresent() && quiz.isPresent() && failed(done.get())) {
                        found.add(new Retake(pack.id(), quiz.get().id(), quiz.get().title().in(languages.preferred()),
                                (int) Math.round(done.get().bestScaled().getAsDouble() * 100),
                                quiz.get().passMark()));
                    }
                }
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Retake::best).thenComparing(Retake::title))
                .limit(SHOWN).toList();
    }

    private static boolean failed(ModuleProgress module) {
        return module.hasQuiz() && !module.quizPassed() && module.bestScaled().isPresent() && module.attemptsLeft() > 0;
    }
}
