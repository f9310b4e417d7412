package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.PracticeAnswer;
import org.sendero.progress.PracticeService;
import org.sendero.progress.ProgressStore;
import org.sendero.ui.internal.practice.Messages;
import org.sendero.ui.internal.practice.Practice;
import org.sendero.ui.internal.practice.PracticeDialog;
import org.sendero.ui.internal.practice.PracticePanel;
import org.sendero.ui.internal.practice.PracticeStatus;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.quiz.LocatedQuiz;

/**
 * Two starter questions answered wrongly in a quiz come back for practice two days later; they
 * are answered through the practice window's widgets, one right and one wrong, and recorded as
 * practice without touching the quiz attempt.
 */
class PracticeTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private PartHarness window;
    private CurrentLearner current;
    private Optional<Learner> before;
    private Learners learners;
    private Learner learner;
    private PracticeDialog dialog;

    @BeforeEach
    void openWindow() throws Exception {
        window = new PartHarness();
        current = ContextInjectionFactory.make(CurrentLearner.class, window.context);
        before = current.get();
        learners = window.context.get(Learners.class);
        // a learner of its own, so that what other tests answered wrongly is not in the count
        learner = learners.add("Practice " + UUID.randomUUID().toString().substring(0, 8), Optional.empty());
        current.set(learner);
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (dialog != null) {
            dialog.close();
        }
        before.ifPresent(current::set);
        learners.remove(learner.id());
        window.close();
    }

    @Test
    void questionsAnsweredWronglyArePractisedThroughTheWidgetsAndRecordedAsPractice() throws Exception {
        List<Pack> packs = ContextInjectionFactory.make(LibraryModel.class, window.context).loaded().join();
        LocatedQuiz located = LocatedQuiz.find(packs, "sendero-starter", "smug-definition-quiz", new Languages("en"))
                .orElseThrow();
        ProgressStore store = window.context.get(ProgressStore.class);
        Attempt attempt = store.startAttempt(learner.id(), located.ref(), 1);
        store.recordAnswer(attempt.id(), "q3", new Response.TrueOrFalse(true), 0, Duration.ofSeconds(4));
        store.recordAnswer(attempt.id(), "q6", new Response.Text("legal"), 0, Duration.ofSeconds(4));

        // today Home says when the questions come back
        PracticeStatus today = ContextInjectionFactory.make(Practice.class, window.context).status()
                .orElseThrow();
        assertEquals(0, today.due());
        assertFalse(today.canStart());
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        assertEquals(Optional.of(tomorrow), today.next());
        assertEquals(NLS.bind(Messages.Practice_noneDue, dateOf(tomorrow)), today.label());

        // two days later both are due
        IEclipseContext later = window.context.createChild("two days later");
        later.set(Clock.class, Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(2)));
        Practice practice = ContextInjectionFactory.make(Practice.class, later);
        PracticeStatus due = practice.status().orElseThrow();
        assertEquals(2, due.due());
        assertEquals(NLS.bind(Messages.Practice_dueMany, 2), due.label());

        List<String> closed = new java.util.concurrent.CopyOnWriteArrayList<>();
        dialog = practice.start(window.shell, () -> closed.add("closed"));
        PracticePanel panel = dialog.panel();
        Shell shell = dialog.getShell();
        int right = 0;
        for (int shown = 1; shown <= 2; shown++) {
            int number = shown;
            window.until(() -> panel.itemAwaitingAnswer().isPresent(), WAIT,
                    "question " + number + ": " + panel.bodyTexts());
            assertEquals(NLS.bind(org.sendero.ui.quiz.Messages.QuizPart_progress, shown, 2), panel.progressText());
            assertEquals(NLS.bind(Messages.Practice_box, 1, 4), panel.boxText());
            PresentedItem item = panel.itemAwaitingAnswer().orElseThrow();
            assertTrue(panel.bodyTexts().contains(item.question().prompt()), "the prompt is shown");
            boolean answersRight = answer(shell, panel, item);
            right += answersRight ? 1 : 0;
            window.until(() -> panel.phase() == PracticePanel.Phase.FEEDBACK, WAIT, "feedback " + number);
            List<String> feedback = panel.bodyTexts();
            String verdict = answersRight ? org.sendero.ui.quiz.Messages.QuizPart_correct
                    : org.sendero.ui.quiz.Messages.QuizPart_wrong;
            assertTrue(feedback.stream().anyMatch(text -> text.startsWith(verdict)), feedback.toString());
            // right: box 2, back three days after the answer; wrong: box 1, back the next day
            LocalDate back = ZonedDateTime.now(Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(2)))
                    .toLocalDate().plusDays(answersRight ? 3 : 1);
            assertTrue(feedback.contains(NLS.bind(Messages.Practice_backOn, dateOf(back))), feedback.toString());
            if (shown == 1) {
                window.screenshot(shell, "practice");
            }
            click(panel.primaryButton());
        }
        assertEquals(1, right, "one answered right and one wrong");
        window.until(() -> panel.phase() == PracticePanel.Phase.DONE, WAIT, "the summary");
        assertTrue(panel.bodyTexts().stream().anyMatch(t -> t.startsWith(NLS.bind(Messages.Practice_done, 2, 1))),
                panel.bodyTexts().toString());

        // recorded as practice: the boxes moved, the quiz attempt is as it was
        List<PracticeAnswer> stored = window.context.get(PracticeService.class).answers(learner.id());
        assertEquals(2, stored.size());
        for (PracticeAnswer answer : stored) {
            assertEquals(1, answer.boxBefore());
            assertEquals(answer.correct() ? 2 : 1, answer.boxAfter(), answer.toString());
        }
        assertEquals(List.of("q3", "q6"), store.answers(attempt.id()).stream().map(a -> a.itemId()).sorted().toList());
        assertFalse(store.attempt(attempt.id()).orElseThrow().isFinished());
        dialog.close();
        dialog = null;
        assertEquals(List.of("closed"), closed, "whoever opened the window hears it was closed");
        PracticeStatus after = practice.status().orElseThrow();
        assertEquals(0, after.due(), "both were answered today");
        assertEquals(Optional.of(LocalDate.now().plusDays(3)), after.next(), "the wrong one comes back tomorrow");
    }

    private static String dateOf(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.getDefault()).format(day);
    }

    /** Answers q6 right by typing, and q3 wrong by choosing the other button; returns whether it was right. */
    private boolean answer(Shell shell, PracticePanel panel, PresentedItem item) {
        switch (item.question()) {
            case Question.ShortAnswer q -> {
                Text field = Controls.all(shell, Text.class).get(0);
                // the accepted answer of the language shown ("illegal", "ilegal", "illégale"...)
                field.setText(q.accepted().get(0));
                field.notifyListeners(SWT.DefaultSelection, new Event());
                return true;
            }
            case Question.TrueFalse q -> {
                Button choice = Controls.all(shell, Button.class).stream()
                        .filter(b -> b.getText().equals(q.answer() ? org.sendero.ui.quiz.Messages.Answer_false
                                : org.sendero.ui.quiz.Messages.Answer_true))
                        .findFirst().orElseThrow();
                choice.setSelection(true);
                choice.notifyListeners(SWT.Selection, new Event());
                click(panel.primaryButton());
                return false;
            }
            default -> throw new AssertionError("not one of the questions answered wrongly: " + item.question().id());
        }
    }

    private static void click(Button button) {
        assertTrue(button.isEnabled() && button.isVisible(), "the button can be pressed: " + button.getText());
        button.notifyListeners(SWT.Selection, new Event());
    }
}
