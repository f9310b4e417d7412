package org.sendero.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.sendero.progress.Learners;
import org.sendero.ui.internal.learners.CurrentLearner;
import org.sendero.ui.internal.learners.LearnerChooser;

import jakarta.inject.Named;

/** File > Switch learner: the chooser again; cancelling keeps the current learner. */
public final class SwitchLearnerHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, Learners learners, CurrentLearner current) {
        new LearnerChooser(shell, learners).ask().ifPresent(current::set);
    }
}
