package org.sendero.app.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressException;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.learners.LearnerChooser;
import org.sendero.ui.learners.Messages;
import org.sendero.ui.learners.StartingLearner;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Who is learning, from the start: before the window is drawn, the learner who needs no question
 * (the first one on a new data folder, or the only one without a PIN); otherwise the chooser as
 * soon as the window shows, and closing it without choosing closes Sendero. The window's title
 * names the learner, also after File > Switch learner.
 */
public final class LearnerAddon {

    private MApplication application;
    private CurrentLearner current;
    private Learners learners;
    /** Opening the progress database takes a moment: it is done while the window is being drawn. */
    private java.util.concurrent.CompletableFuture<java.util.Optional<Learner>> withoutAsking;

    @PostConstruct
    void start(MApplication app, CurrentLearner learner, Learners profiles) {
        this.application = app;
        this.current = learner;
        this.learners = profiles;
        current.onChange(this::showInTitle);
        withoutAsking = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new StartingLearner(learners).withoutAsking(System.getProperty("user.name", ""));
            } catch (ProgressException e) {
                // the chooser shows the same problem to the person, who can then act on it
                ILog.of(getClass()).error(e.getMessage(), e);
                return java.util.Optional.empty();
            }
        });
    }

    @Inject
    @Optional
    void windowShown(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event started, IWorkbench workbench,
            UISynchronize ui) {
        withoutAsking.thenAccept(found -> ui.asyncExec(() -> {
            if (current.get().isPresent()) {
                return;
            }
            if (found.isPresent()) {
                current.set(found.get());
                return;
            }
            MWindow window = mainWindow();
            Shell shell = window != null && window.getWidget() instanceof Shell s ? s : null;
            java.util.Optional<Learner> chosen = new LearnerChooser(shell, learners).ask();
            if (chosen.isPresent()) {
                current.set(chosen.get());
            } else {
                workbench.close();
            }
        }));
    }

    private void showInTitle(Learner learner) {
        MWindow window = mainWindow();
        if (window != null) {
            window.setLabel(NLS.bind(Messages.WindowTitle_withLearner, learner.name()));
        }
    }

    private MWindow mainWindow() {
        return application.getChildren().isEmpty() ? null : application.getChildren().get(0);
    }
}
