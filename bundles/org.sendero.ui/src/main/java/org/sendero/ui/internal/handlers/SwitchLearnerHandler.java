package org.sendero.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressException;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.learners.LearnerChooser;

import jakarta.inject.Named;

/** File > Switch learner: the chooser again; cancelling keeps the current learner. */
public final class SwitchLearnerHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, Learners learners, CurrentLearner current) {
        java.util.Optional<Learner> chosen = new LearnerChooser(shell, learners).protecting(current.get()).ask();
        if (chosen.isPresent()) {
            current.set(chosen.get());
        } else {
            keepRenamed(learners, current);
        }
    }

    /** The chooser can rename the current learner even when it is cancelled: the title follows. */
    private static void keepRenamed(Learners learners, CurrentLearner current) {
        current.get().ifPresent(learner -> {
            try {
                learners.list().stream().filter(l -> l.id().equals(learner.id()) && !l.name().equals(learner.name()))
                        .findFirst().ifPresent(current::set);
            } catch (ProgressException e) {
                // the old name stays in the title; nothing recorded depends on it
            }
        });
    }
}
