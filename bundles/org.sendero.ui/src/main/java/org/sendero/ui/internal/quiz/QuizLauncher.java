package org.sendero.ui.internal.quiz;

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

    private final List<Consumer<Request>> quizParts = new CopyOnWriteArrayList<>();
    private final List<Consumer<QuizRef>> finishListeners = new CopyOnWriteArrayList<>();
    private volatile Optional<Request> waiting = Optional.empty();

    public void open(String packId, String quizId) {
        Request request = new Request(packId, quizId);
        if (quizParts.isEmpty()) {
            waiting = Optional.of(request);
        } else {
            quizParts.forEach(part -> part.accept(request));
        }
    }

    /** Registers the part that shows quizzes; it gets at once a request that was waiting for it. */
    public void onOpen(Consumer<Request> quizPart) {
        quizParts.add(quizPart);
        Optional<Request> pending = waiting;
        waiting = Optional.empty();
        pending.ifPresent(quizPart);
    }

    public void removeOnOpen(Consumer<Request> quizPart) {
        quizParts.remove(quizPart);
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
}
