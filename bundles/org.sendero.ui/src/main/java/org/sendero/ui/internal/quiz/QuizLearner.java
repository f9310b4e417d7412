package org.sendero.ui.internal.quiz;

import java.util.Optional;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressException;
import org.sendero.ui.learners.CurrentLearner;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Who takes a quiz: the learner chosen at start. When nobody was chosen (a quiz opened before the
 * chooser, or in a test), the system user's profile is used, added when missing, and becomes the
 * current learner for every part.
 */
@Creatable
@Singleton
public final class QuizLearner {

    static final String FALLBACK_NAME = "Learner";

    private final Learners learners;
    private final CurrentLearner current;

    @Inject
    public QuizLearner(Learners learners, CurrentLearner current) {
        this.learners = learners;
        this.current = current;
    }

    /** Reads the database when nobody was chosen yet: call it off the UI thread. */
    public synchronized Learner learner() throws ProgressException {
        Optional<Learner> chosen = current.get();
        if (chosen.isPresent()) {
            return chosen.get();
        }
        String name = systemUserName();
        Optional<Learner> known = learners.byName(name);
        Learner learner = known.isPresent() ? known.get() : learners.add(name, Optional.empty());
        current.set(learner);
        return learner;
    }

    static String systemUserName() {
        String name = System.getProperty("user.name", "");
        return name.isBlank() ? FALLBACK_NAME : name.strip();
    }
}
