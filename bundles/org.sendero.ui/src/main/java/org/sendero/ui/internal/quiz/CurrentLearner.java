package org.sendero.ui.internal.quiz;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressException;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Who is learning on this PC right now, shared by every part that records or shows progress. The
 * learner chooser sets it; until then the profile named after the operating system's user is
 * used (and created on first use), so that a quiz is never taken without being recorded.
 */
@Creatable
@Singleton
public final class CurrentLearner {

    static final String FALLBACK_NAME = "Learner";

    private final Learners learners;
    private volatile Optional<Learner> current = Optional.empty();
    private final List<Consumer<Learner>> listeners = new CopyOnWriteArrayList<>();

    @Inject
    public CurrentLearner(Learners learners) {
        this.learners = learners;
    }

    public Optional<Learner> get() {
        return current;
    }

    public void set(Learner learner) {
        current = Optional.of(learner);
        listeners.forEach(listener -> listener.accept(learner));
    }

    /**
     * The current learner, else the system user's profile, added when missing. It reads the
     * database: call it off the UI thread.
     */
    public synchronized Learner getOrDefault() throws ProgressException {
        Optional<Learner> known = current;
        if (known.isPresent()) {
            return known.get();
        }
        String name = systemUserName();
        Learner learner = learners.byName(name).isPresent() ? learners.byName(name).get()
                : learners.add(name, Optional.empty());
        set(learner);
        return learner;
    }

    /** Called, on the thread that sets it, each time another learner takes the PC. */
    public void onChange(Consumer<Learner> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Learner> listener) {
        listeners.remove(listener);
    }

    static String systemUserName() {
        String name = System.getProperty("user.name", "");
        return name.isBlank() ? FALLBACK_NAME : name.strip();
    }
}
