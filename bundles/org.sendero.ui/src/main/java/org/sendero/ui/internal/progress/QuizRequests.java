package org.sendero.ui.internal.progress;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.sendero.progress.NextStep;

import jakarta.inject.Singleton;

/**
 * How "Continue" reaches the part that runs quizzes: that part listens here and opens the quiz it
 * is given. Until one listens, My progress names the quiz and says where to take it.
 */
@Creatable
@Singleton
public final class QuizRequests {

    private final List<Consumer<NextStep.TakeQuiz>> takers = new CopyOnWriteArrayList<>();

    /** Asks the quiz part to open {@code quiz}; false when no part takes quizzes. */
    public boolean open(NextStep.TakeQuiz quiz) {
        takers.forEach(taker -> taker.accept(quiz));
        return !takers.isEmpty();
    }

    public void onOpen(Consumer<NextStep.TakeQuiz> taker) {
        takers.add(taker);
    }

    public void removeOnOpen(Consumer<NextStep.TakeQuiz> taker) {
        takers.remove(taker);
    }
}
