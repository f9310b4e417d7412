package org.sendero.progress.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.RecordedAnswer;
import org.sendero.progress.internal.CompletionComponent;
import org.sendero.progress.internal.LearnersService;
import org.sendero.progress.internal.StoreService;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.testing.TestContent;

class TextQuizTest {

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();
    private final Pack pack = TestContent.pack();
    private final Course course = pack.courses().get(0);
    private ProgressDatabase database;
    private StoreService store;
    private Learner ana;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() throws Exception {
        database = TestContent.database(temp, clock);
        store = new StoreService(() -> database);
        ana = new LearnersService(() -> database, 1000).add("Ana", Optional.empty());
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    /** Takes module {@code index}'s quiz with the given lines as input; the seed fixes the order. */
    private int take(int index, String... lines) throws Exception {
        out.reset();
        err.reset();
        Module module = course.modules().get(index);
        TextQuiz quiz = new TextQuiz(store, new CompletionComponent(store),
                new BufferedReader(new StringReader(String.join("\n", lines) + (lines.length > 0 ? "\n" : ""))),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                clock);
        return quiz.run(ana, new InstalledQuizzes.Located(pack, course, module, module.quizzes().get(0)), 7);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void answersFromStdinAreRecordedScoredAndExplained() throws Exception {
        // the quiz does not shuffle: options as written; the ordering item shows its entries mixed
        assertEquals(0, take(0, "2", "nine", "false", "  TRATA de personas ", "abc"));
        String shown = out();
        assertTrue(shown.startsWith("Check m1-quiz (4 questions, pass mark 75%)\n"), shown);
        assertTrue(shown.contains("Situation: A woman arrives on the night bus.\nQuestion 1 of 4: Prompt of q1\n"
                + "  1. Private room\n  2. Counter\nType the number of one option.\n"), shown);
        assertEquals(1, shown.split("Situation:").length - 1, "a scenario is shown once");
        assertTrue(
                shown.contains("Recorded.\nNot correct.\n  Others can hear her there.\n  Reread: guidance:doc#part\n"),
                shown);
        assertTrue(shown.contains("Recorded.\nCorrect.\n  Right: verify it.\n"), shown);
        assertEquals("type true or false (t or f)\n", err.toString(StandardCharsets.UTF_8));
        Attempt attempt = store.attempts(ana.id()).get(0);
        List<RecordedAnswer> answers = store.answers(attempt.id());
        assertEquals(List.of("q1", "q2", "q3", "q4"), answers.stream().map(RecordedAnswer::itemId).toList());
        assertEquals(Response.Choices.of(1), answers.get(0).response(), "the option as written, not as numbered");
        assertEquals(new Response.Text("TRATA de personas"), answers.get(2).response());
        double orderCredit = answers.get(3).credit();
        double expected = (0 + 1 + 1 + orderCredit) / 4;
        assertEquals(expected, attempt.finished().isPresent() ? attempt.scaled().getAsDouble() : -1, 1e-9);
        assertTrue(shown.contains("Score: " + Math.round(expected * 1000) / 10.0 + "% (pass mark 75%): "), shown);
    }

    @Test
    void anAttemptStoppedByTheEndOfInputIsResumedWhereItStopped() throws Exception {
        assertEquals(1, take(0, "1", "false"));
        assertTrue(out().endsWith("Stopped. Your answers so far are saved; run the same command to continue.\n"),
                out());
        Attempt unfinished = store.attempts(ana.id()).get(0);
        assertEquals(2, store.answers(unfinished.id()).size());

        assertEquals(0, take(0, "trata", "cab"));
        assertTrue(out().startsWith("Continuing your unfinished attempt"), out());
        assertTrue(out().contains("Question 3 of 4"), out());
        assertEquals(1, store.attempts(ana.id()).size(), "the same attempt, not a new one");
        assertEquals(4, store.answers(unfinished.id()).size());
    }

    @Test
    void passingTheQuizAfterReadingTheLessonsCompletesTheModule() throws Exception {
        Module module = course.modules().get(0);
        for (String lesson : module.lessonIds()) {
            store.lessonRead(ana.id(), new org.sendero.progress.LessonRef(pack.id(), course.id(), module.id(), lesson),
                    "en");
        }
        // find the ordering item's shown order to answer it right
        var layout = org.sendero.core.quiz.QuizLayout.of(module.quizzes().get(0), 7);
        List<Integer> shownOrder = layout.get(3).order();
        StringBuilder letters = new StringBuilder();
        for (int entry = 0; entry < shownOrder.size(); entry++) {
            letters.append((char) ('a' + shownOrder.indexOf(entry)));
        }
        assertEquals(0, take(0, "1", "f", "trata de personas", letters.toString()));
        assertTrue(out().contains("Score: 100.0% (pass mark 75%): passed.\nModule m1 complete.\n"), out());
    }

    @Test
    void noAttemptIsStartedBeyondTheLimit() throws Exception {
        assertEquals(0, take(1, "2", "t", "no idea", "abc"));
        assertTrue(out().contains("attempt 1 of 2"), out());
        assertEquals(0, take(1, "2", "t", "no idea", "abc"));
        assertEquals(1, take(1, "1"));
        assertEquals("sendero quiz: Ana has used all 2 attempts at m2-quiz\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(2, store.attempts(ana.id()).size());
    }
}
