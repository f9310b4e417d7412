package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.authoring.internal.wizards.TryQuizHandler;
import org.sendero.content.PackValidator;
import org.sendero.content.authoring.NewQuiz;
import org.sendero.content.authoring.PackScaffold;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.progress.ProgressStore;
import org.sendero.ui.internal.parts.QuizPart;
import org.sendero.ui.quiz.LocatedQuiz;
import org.sendero.ui.quiz.QuizLauncher;

/** A quiz of a pack being written, tried in the learners' quiz part: scored and reviewed, stored nowhere. */
class TryQuizTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private PartHarness window;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    @Test
    void aTrialRunIsScoredAndReviewedButRecordsNothing() throws Exception {
        Path pack = Files.createTempDirectory("sendero-try-").resolve("pack");
        Files.createDirectories(pack.resolve("courses/c1/m1"));
        Files.writeString(pack.resolve("pack.yaml"),
                "id: draft-pack\nversion: 1.0.0\ntitle: {en: Draft}\nlanguages: [en]\n");
        Files.writeString(pack.resolve("courses/c1/course.yaml"), "id: c1\ntitle: {en: C}\nmodules: [m1]\n");
        Files.writeString(pack.resolve("courses/c1/m1/module.yaml"), "id: m1\ntitle: {en: M}\nlessons: []\n");
        PackValidator validator = window.context.get(PackValidator.class);
        Question item = new Question.TrueFalse(
                new Question.Common("q1", "A child is any person under 18.", Optional.empty(),
                        Optional.empty()),
                true, "Right.", "It is true.");
        new PackScaffold(pack, validator).createQuiz(new NewQuiz("c1", "m1", "m1-quiz", "en",
                LocalizedText.of("en", "Draft quiz"), null, List.of(item)));
        Pack read = validator.validate(pack).pack().orElseThrow();
        LocatedQuiz located = TryQuizHandler.find(read, "courses/c1/m1/quiz.en.yaml").orElseThrow();

        QuizPart quiz = window.part(QuizPart.class);
        QuizLauncher launcher = ContextInjectionFactory.make(QuizLauncher.class, window.context);
        List<String> finished = new java.util.concurrent.CopyOnWriteArrayList<>();
        launcher.onFinished(ref -> finished.add(ref.quizId()));
        launcher.tryOut(located);
        window.until(() -> quiz.itemAwaitingAnswer().isPresent(), WAIT, "the item: " + quiz.bodyTexts());
        assertEquals("Draft quiz", quiz.titleText());
        Button first = radios(quiz.body()).get(0);
        first.setSelection(true);
        first.notifyListeners(SWT.Selection, new Event());
        quiz.primaryButton().notifyListeners(SWT.Selection, new Event());
        window.until(quiz::showsFeedback, WAIT, "feedback: " + quiz.bodyTexts());
        quiz.primaryButton().notifyListeners(SWT.Selection, new Event());
        window.until(() -> quiz.reviewedScore().isPresent(), WAIT, "the review: " + quiz.bodyTexts());
        assertEquals(1, quiz.reviewedScore().get().items().size());
        assertTrue(quiz.primaryButton().isVisible(), "a trial may be run again");

        assertEquals(List.of(), finished, "no progress view hears of a trial");
        ProgressStore store = window.context.get(ProgressStore.class);
        assertEquals(Optional.empty(), store.attempt(quiz.attemptId().orElseThrow()),
                "the trial is not in the database");
    }

    private static List<Button> radios(Composite root) {
        return Controls.all(root, Button.class).stream().filter(button -> (button.getStyle() & SWT.RADIO) != 0)
                .toList();
    }
}
