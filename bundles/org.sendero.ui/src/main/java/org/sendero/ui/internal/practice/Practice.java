package org.sendero.ui.internal.practice;

import org.sendero.ui.internal.reader.SectionLinks;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.sendero.core.content.Pack;
import org.sendero.progress.Learner;
import org.sendero.progress.PracticeService;
import org.sendero.progress.ProgressException;
import org.sendero.ui.internal.quiz.QuizLearner;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.preferences.UiPreferences;

import jakarta.inject.Inject;

/**
 * Practice for the current learner, as Home offers it: {@link #status()} for the line "Practice: 6
 * questions due" and {@link #start(Shell)} for its Start button.
 */
@Creatable
public final class Practice {

    private final PracticeService practice;
    private final LibraryModel model;
    private final QuizLearner learner;
    private final CurrentLearner current;
    private final UiPreferences preferences;
    private final UISynchronize ui;
    private final SectionLinks links;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param clock the time and the time zone whose midnight starts a day; the system's when the
     *        context has none (a test puts a later one there to simulate days passing)
     */
    @Inject
    public Practice(PracticeService practice, LibraryModel model, QuizLearner learner, CurrentLearner current,
            UiPreferences preferences, Navigator navigator, UISynchronize ui, @Optional EPartService parts,
            @Optional Clock clock) {
        this.practice = practice;
        this.model = model;
        this.learner = learner;
        this.current = current;
        this.preferences = preferences;
        this.ui = ui;
        this.links = new SectionLinks(model, this::languages, navigator, parts);
        this.clock = clock == null ? Clock.systemDefaultZone() : clock;
    }

    /**
     * The questions due now for the current learner; empty while nobody is chosen, since reading a line on Home must not
     * choose anyone (the chooser asks learners who have a PIN). Reads the database: call it off the UI thread.
     */
    public java.util.Optional<PracticeStatus> status() throws ProgressException {
        java.util.Optional<Learner> chosen = current.get();
        if (chosen.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(PracticeStatus.of(practice.overview(chosen.get().id(), ZonedDateTime.now(clock))));
    }

    /**
     * Opens a practice session of the questions due in a window of its own and returns at once,
     * with the window open. Call it on the UI thread.
     */
    public PracticeDialog start(Shell parent) {
        return start(parent, () -> {
        });
    }

    /**
     * The same, and {@code whenClosed} runs on the UI thread once the window is closed, e.g. for
     * Home to read {@link #status()} again.
     */
    public PracticeDialog start(Shell parent, Runnable whenClosed) {
        PracticeDialog dialog = new PracticeDialog(parent, holder -> {
            PracticePanel panel = new PracticePanel(holder, links, ui::asyncExec, clock);
            panel.start(() -> PracticeRound.due(practice, learner.learner(), packs(), languages(), clock,
                    random.nextLong()));
            return panel;
        }, whenClosed);
        dialog.open();
        return dialog;
    }

    private List<Pack> packs() {
        return model.packs().isEmpty() ? model.loaded().join() : model.packs();
    }

    private Languages languages() {
        return new Languages(preferences.contentLanguage());
    }
}
