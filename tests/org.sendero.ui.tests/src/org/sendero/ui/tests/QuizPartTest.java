package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.Question;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.RecordedAnswer;
import org.sendero.ui.internal.parts.QuizPart;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.quiz.Messages;
import org.sendero.ui.quiz.QuizLauncher;

/**
 * A starter quiz taken through the quiz part's widgets as an official takes it: every kind of item
 * answered with its own control, feedback after each answer, the review with the score, and the
 * answers in the progress database as they were given.
 */
class QuizPartTest {

    private static final String PACK = "sendero-starter";
    private static final String QUIZ = "smug-definition-quiz";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private PartHarness window;
    private QuizPart quiz;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
        quiz = window.part(QuizPart.class);
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    @Test
    void aStarterQuizTakenThroughTheWidgetsIsScoredAndRecordedAsGiven() throws Exception {
        QuizLauncher launcher = ContextInjectionFactory.make(QuizLauncher.class, window.context);
        List<String> finished = new java.util.concurrent.CopyOnWriteArrayList<>();
        launcher.onFinished(ref -> finished.add(ref.quizId()));
        launcher.open(PACK, QUIZ);
        window.until(() -> quiz.itemAwaitingAnswer().isPresent(), WAIT, "the first question: " + quiz.bodyTexts());
        assertTrue(quiz.titleText().contains("what migrant smuggling is"), quiz.titleText());

        Map<String, Response> given = new java.util.LinkedHashMap<>();
        boolean sawScenario = false;
        for (int shown = 1; shown <= 11; shown++) {
            PresentedItem item = quiz.itemAwaitingAnswer().orElseThrow();
            assertEquals("Question " + shown + " of 11", quiz.progressText());
            assertTrue(quiz.bodyTexts().contains(item.question().prompt()), "the prompt is shown");
            if (item.question().common().scenario().isPresent()) {
                sawScenario = true;
                assertTrue(quiz.bodyTexts().contains(Messages.QuizPart_situation),
                        "the situation is shown above its items");
            }
            given.put(item.question().id(), answer(item));
            window.until(quiz::showsFeedback, WAIT, "feedback after question " + shown);
            List<String> feedback = quiz.bodyTexts();
            if (item.question().id().equals("q6")) {
                assertTrue(feedback.stream().anyMatch(text -> text.startsWith(Messages.QuizPart_wrong)),
                        feedback.toString());
                assertTrue(feedback.stream().anyMatch(text -> text.startsWith("<a>Reread the guidance: ")),
                        "a wrong answer links to the section to reread: " + feedback);
            } else {
                assertTrue(feedback.stream().anyMatch(text -> text.startsWith(Messages.QuizPart_correct)),
                        item.question().id() + ": " + feedback);
            }
            if (item.question().id().equals("q10")) {
                window.screenshot("quiz");
                theButtonStaysInReachInASmallWindow();
            }
            click(quiz.primaryButton());
            if (shown < 11) {
                window.until(() -> quiz.itemAwaitingAnswer().isPresent(), WAIT, "question " + (shown + 1));
            }
        }
        assertTrue(sawScenario, "the river-crossing situation was shown");
        window.until(() -> quiz.reviewedScore().isPresent(), WAIT, "the review: " + quiz.bodyTexts());

        List<String> review = quiz.bodyTexts();
        assertTrue(review.contains("Your score: 90.9% (pass mark 70%)"), review.toString());
        assertTrue(review.contains(Messages.QuizPart_passed), review.toString());
        assertTrue(review.contains("Right answer: illegal"), "the right answer of the missed question: " + review);
        assertTrue(review.contains("Your answer: legal"), review.toString());
        assertTrue(quiz.primaryButton().isVisible(), "retry is offered: the quiz has no attempt limit");
        assertEquals(List.of(QUIZ), finished, "the progress part hears of the finished attempt");
        window.screenshot("quiz-review");

        // the database holds what was answered, scored as the review says
        ProgressStore store = window.context.get(ProgressStore.class);
        // the learner taking the quiz is the current one (the system user when nobody was chosen)
        Learner learner = ContextInjectionFactory.make(CurrentLearner.class, window.context).get().orElseThrow();
        Attempt attempt = store.attempt(quiz.attemptId().orElseThrow()).orElseThrow();
        assertEquals(learner.id(), attempt.learnerId());
        assertTrue(attempt.isFinished());
        assertEquals(10.0 / 11, attempt.scaled().getAsDouble(), 1e-9);
        assertEquals(Boolean.TRUE, attempt.passed().orElseThrow());
        Map<String, RecordedAnswer> stored = store.answers(attempt.id()).stream()
                .collect(Collectors.toMap(RecordedAnswer::itemId, Function.identity()));
        assertEquals(given.keySet(), stored.keySet(), "every answer is stored");
        given.forEach((itemId, response) -> {
            assertEquals(response, stored.get(itemId).response(), "stored as given: " + itemId);
            assertEquals(itemId.equals("q6") ? 0.0 : 1.0, stored.get(itemId).credit(), itemId);
        });
        assertEquals(new Response.Text("legal"), stored.get("q6").response());
        assertEquals(new Response.Order(List.of(0, 1, 2, 3, 4)), stored.get("q8").response());
        assertEquals(new Response.Number(2), stored.get("q12").response(),
                "the number of suspected smugglers in the van");

        // trying again starts a new attempt at the first question
        click(quiz.primaryButton());
        window.until(() -> quiz.itemAwaitingAnswer().isPresent(), WAIT, "a new attempt");
        assertEquals("Question 1 of 11", quiz.progressText());
        assertFalse(quiz.attemptId().orElseThrow().equals(attempt.id()), "a new attempt");
    }

    /**
     * On an old PC's small screen, or with large fonts, the situation and the question scroll and
     * the button that goes on stays in the window.
     */
    private void theButtonStaysInReachInASmallWindow() {
        org.eclipse.swt.graphics.Point before = window.shell.getSize();
        window.shell.setSize(420, 320);
        window.shell.layout(true, true);
        window.spin(Duration.ofMillis(200));
        Button next = quiz.primaryButton();
        Rectangle area = next.getParent().getClientArea();
        Rectangle bounds = next.getBounds();
        assertTrue(next.isVisible() && bounds.y >= 0 && bounds.y + bounds.height <= area.height
                && bounds.x + bounds.width <= area.width, bounds + " in " + area);
        window.shell.setSize(before);
        window.shell.layout(true, true);
    }

    /**
     * Answers through the controls as a person would: the right answer everywhere but the short
     * answer ("legal" for "illegal"), with Enter in text fields; returns the response it means.
     */
    private Response answer(PresentedItem item) {
        Composite body = quiz.body();
        return switch (item.question()) {
            case Question.SingleChoice q -> {
                Set<String> right = q.options().stream().filter(Question.Option::correct).map(Question.Option::text)
                        .collect(Collectors.toSet());
                tick(body, right);
                click(quiz.primaryButton());
                yield new Response.Choices(indices(q.options(), right));
            }
            case Question.MultipleResponse q -> {
                Set<String> right = q.options().stream().filter(Question.Option::correct).map(Question.Option::text)
                        .collect(Collectors.toSet());
                tick(body, right);
                click(quiz.primaryButton());
                yield new Response.Choices(indices(q.options(), right));
            }
            case Question.TrueFalse q -> {
                Button choice = Controls.all(body, Button.class).stream()
                        .filter(b -> b.getText().equals(q.answer() ? Messages.Answer_true : Messages.Answer_false))
                        .findFirst().orElseThrow();
                choice.setSelection(true);
                // Enter on the chosen button answers, as on a text field
                Event enter = new Event();
                enter.detail = SWT.TRAVERSE_RETURN;
                enter.doit = true;
                choice.notifyListeners(SWT.Traverse, enter);
                yield new Response.TrueOrFalse(q.answer());
            }
            case Question.ShortAnswer q -> {
                type(body, "legal");
                yield new Response.Text("legal");
            }
            case Question.Numeric q -> {
                // the lowest accepted number, typed as a learner types it
                double key = q.accepted().min();
                String typed = key == Math.rint(key) ? String.valueOf((long) key) : String.valueOf(key);
                type(body, typed);
                yield new Response.Number(key);
            }
            case Question.Matching q -> {
                List<Combo> combos = Controls.all(body, Combo.class);
                assertEquals(q.pairs().size(), combos.size(), "a drop-down per left side");
                for (int left = 0; left < combos.size(); left++) {
                    Combo combo = combos.get(left);
                    combo.select(List.of(combo.getItems()).indexOf(q.pairs().get(left).right()));
                    combo.notifyListeners(SWT.Selection, new Event());
                }
                click(quiz.primaryButton());
                yield new Response.Matches(List.of(0, 1, 2, 3, 4));
            }
            case Question.Ordering q -> {
                org.eclipse.swt.widgets.List list = Controls.all(body, org.eclipse.swt.widgets.List.class).get(0);
                Button up = Controls.all(body, Button.class).stream()
                        .filter(b -> b.getText().equals(Messages.Answer_moveUp))
                        .findFirst().orElseThrow();
                for (int target = 0; target < q.order().size(); target++) {
                    String entry = q.order().get(target);
                    int at = position(list, entry);
                    list.select(at);
                    list.notifyListeners(SWT.Selection, new Event());
                    for (; at > target; at--) {
                        click(up);
                    }
                }
                for (int i = 0; i < q.order().size(); i++) {
                    assertEquals((i + 1) + ". " + q.order().get(i), list.getItem(i));
                }
                click(quiz.primaryButton());
                yield new Response.Order(List.of(0, 1, 2, 3, 4));
            }
        };
    }

    private static int position(org.eclipse.swt.widgets.List list, String entry) {
        for (int i = 0; i < list.getItemCount(); i++) {
            if (list.getItem(i).endsWith(". " + entry)) {
                return i;
            }
        }
        throw new AssertionError(entry + " not in " + List.of(list.getItems()));
    }

    /** Ticks the options whose text is in {@code right}; the labels read "&1. text". */
    private static void tick(Composite body, Set<String> right) {
        for (Button button : Controls.all(body, Button.class)) {
            String text = button.getText().substring(button.getText().indexOf(". ") + 2).replace("&&", "&");
            if (right.contains(text)) {
                button.setSelection(true);
                button.notifyListeners(SWT.Selection, new Event());
            }
        }
    }

    private static Set<Integer> indices(List<Question.Option> options, Set<String> texts) {
        Set<Integer> indices = new java.util.TreeSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (texts.contains(options.get(i).text())) {
                indices.add(i);
            }
        }
        return indices;
    }

    /** Types into the text field and presses Enter there. */
    private static void type(Composite body, String text) {
        Text field = Controls.all(body, Text.class).get(0);
        field.setText(text);
        field.notifyListeners(SWT.DefaultSelection, new Event());
    }

    private static void click(Button button) {
        assertTrue(button.isEnabled() && button.isVisible(), "the button can be pressed: " + button.getText());
        button.notifyListeners(SWT.Selection, new Event());
    }
}
