package org.sendero.ui.learners;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.sendero.progress.Learner;

import jakarta.inject.Singleton;

/**
 * Who is learning in this window. Everything recorded (lessons read, answers) belongs to this
 * learner; the parts listen to show the right person's progress. Listeners are called on the
 * thread that sets the learner, the UI thread in the workbench.
 */
@Creatable
@Singleton
public final class CurrentLearner {

    private volatile Learner learner;
    private final List<Consumer<Learner>> listeners = new CopyOnWriteArrayList<>();

    public Optional<Learner> get() {
        return Optional.ofNullable(learner);
    }

    /** Makes {@code chosen} the learner; listeners hear of it even when it is the same person renamed. */
    public void set(Learner chosen) {
        learner = java.util.Objects.requireNonNull(chosen, "learner");
        listeners.forEach(listener -> listener.accept(chosen));
    }

    public void onChange(Consumer<Learner> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Learner> listener) {
        listeners.remove(listener);
    }
}
