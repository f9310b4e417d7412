package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.Pack;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressStore;
import org.sendero.ui.internal.home.HomePart;
import org.sendero.ui.internal.practice.Messages;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.quiz.LocatedQuiz;

/** Home says how many practice questions are due, and its Start button opens the practice window. */
class HomePracticeTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private PartHarness window;
    private CurrentLearner current;
    private Optional<Learner> before;
    private Learners learners;
    private Learner learner;

    @BeforeEach
    void openWindow() throws Exception {
        window = new PartHarness();
        // two days from now, when yesterday's wrong answers are due
        window.context.set(Clock.class, Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(2)));
        current = ContextInjectionFactory.make(CurrentLearner.class, window.context);
        before = current.get();
        learners = window.context.get(Learners.class);
        learner = learners.add("Home practice " + UUID.randomUUID().toString().substring(0, 8), Optional.empty());
        current.set(learner);
    }

    @AfterEach
    void closeWindow() throws Exception {
        for (Shell shell : window.display.getShells()) {
            if (shell != window.shell) {
                shell.close();
            }
        }
        before.ifPresent(current::set);
        learners.remove(learner.id());
        window.close();
    }

    @Test
    void homeShowsTheQuestionsDueAndStartsPractice() throws Exception {
        List<Pack> packs = ContextInjectionFactory.make(LibraryModel.class, window.context).loaded().join();
        LocatedQuiz located = LocatedQuiz.find(packs, "sendero-starter", "smug-definition-quiz", new Languages("en"))
                .orElseThrow();
        ProgressStore store = window.context.get(ProgressStore.class);
        Attempt attempt = store.startAttempt(learner.id(), located.ref(), 1);
        store.recordAnswer(attempt.id(), "q3", new Response.TrueOrFalse(true), 0, Duration.ofSeconds(4));
        store.recordAnswer(attempt.id(), "q6", new Response.Text("legal"), 0, Duration.ofSeconds(4));

        HomePart home = window.part(HomePart.class);
        String due = NLS.bind(Messages.Practice_dueMany, 2);
        window.until(() -> home.practiceText().equals(due), WAIT, "'" + due + "' on Home: " + home.practiceText());
        assertTrue(home.practiceButton().orElseThrow().isEnabled());
        window.screenshot("home-practice");

        int shells = window.display.getShells().length;
        home.practiceButton().orElseThrow().notifyListeners(SWT.Selection, new Event());
        window.until(() -> window.display.getShells().length > shells, WAIT, "the practice window opens");
        assertFalse(window.display.getShells()[window.display.getShells().length - 1].isDisposed());
        assertEquals(due, home.practiceText(), "still due until answered");
    }
}
