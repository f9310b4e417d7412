package org.sendero.ui.quiz;

import java.util.List;
import java.util.Optional;

import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;
import org.sendero.progress.QuizRef;
import org.sendero.ui.library.Languages;

/** A quiz in the language to take it in, with the pack, course and module it belongs to. */
public record LocatedQuiz(Pack pack, Course course, Module module, Quiz quiz) {

    public QuizRef ref() {
        return new QuizRef(pack.id(), course.id(), module.id(), quiz.id(), quiz.lang());
    }

    /** The quiz {@code quizId} of {@code packId}, in the learner's language when it was translated. */
    public static Optional<LocatedQuiz> find(List<Pack> packs, String packId, String quizId, Languages languages) {
        for (Pack pack : packs) {
            if (!pack.id().equals(packId)) {
                continue;
            }
            for (Course course : pack.courses()) {
                for (Module module : course.modules()) {
                    List<Quiz> versions = module.quizzes().stream().filter(q -> q.id().equals(quizId)).toList();
                    Optional<Quiz> best = languages.best(versions, Quiz::lang);
                    if (best.isPresent()) {
                        return Optional.of(new LocatedQuiz(pack, course, module, best.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
