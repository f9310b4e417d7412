package org.sendero.ui.quiz;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.sendero.progress.QuizRef;

import jakarta.inject.Singleton;

/**
 * How the library, the progress part and "Continue" ask for a quiz, and learn that one was
 * finished. The quiz part registers itself; a request made before it exists is kept and handed to
 * it when it registers, because e4 creates a part only when it is first shown. Callers bring the
 * part forward themselves ({@code partService.showPart(QuizLauncher.PART_ID, PartState.VISIBLE)}),
 * before or after asking. Listeners are called on the thread that asks, the UI thread in the
 * workbench.
 */
@Creatable
@Singleton
public final class QuizLauncher {

    /** The quiz part's id in the application model. */
    public static final String PART_ID = "org.sendero.part.quiz";

    /** Which quiz to take: the quiz id as the pack writes it (the same in every language). */
    public record Request(String packId, String quizId) {
    }

    private final Inbox<Request> quizzes = new Inbox<>();
    private final Inbox<LocatedQuiz> trials = new Inbox<>();
    private final List<Consumer<QuizRef>> finishListeners = new CopyOnWriteArrayList<>();

    public void open(String packId, String quizId) {
        quizzes.send(new Request(packId, quizId));
    }

    /** Registers the part that shows quizzes; it gets at once a request that was waiting for it. */
    public void onOpen(Consumer<Request> quizPart) {
        quizzes.register(quizPart);
    }

    public void removeOnOpen(Consumer<Request> quizPart) {
        quizzes.unregister(quizPart);
    }

    /**
     * Runs {@code quiz} as a trial that records nothing, e.g. a quiz of a pack being written and not
     * installed. The quiz part shows it like any quiz.
     */
    public void tryOut(LocatedQuiz quiz) {
        trials.send(quiz);
    }

    /** Registers the part that runs trials; it gets at once a trial that was waiting for it. */
    public void onTryOut(Consumer<LocatedQuiz> quizPart) {
        trials.register(quizPart);
    }

    public void removeOnTryOut(Consumer<LocatedQuiz> quizPart) {
        trials.unregister(quizPart);
    }

    /** An attempt was finished and its score stored; progress views refresh. */
    public void finished(QuizRef quiz) {
        finishListeners.forEach(listener -> listener.accept(quiz));
    }

    public void onFinished(Consumer<QuizRef> listener) {
        finishListeners.add(listener);
    }

    public void removeOnFinished(Consumer<QuizRef> listener) {
        finishListeners.remove(listener);
    }

    /** Requests for parts that may not exist yet: the last one is kept until a part registers. */
    private static final class Inbox<T> {

        private final List<Consumer<T>> parts = new CopyOnWriteArrayList<>();
        private volatile Optional<T> waiting = Optional.empty();

        void send(T request) {
            if (parts.isEmpty()) {
                waiting = Optional.of(request);
            } else {
                parts.forEach(part -> part.accept(request));
            }
        }

        void register(Consumer<T> part) {
            parts.add(part);
            Optional<T> pending = waiting;
            waiting = Optional.empty();
            pending.ifPresent(part);
        }

        void unregister(Consumer<T> part) {
            parts.remove(part);
        }
    }
}
