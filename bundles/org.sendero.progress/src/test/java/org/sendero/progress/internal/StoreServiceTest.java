package org.sendero.progress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.quiz.ItemScore;
import org.sendero.core.quiz.QuizScore;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.LessonRef;
import org.sendero.progress.LessonState;
import org.sendero.progress.ProgressException;
import org.sendero.progress.QuizRef;
import org.sendero.progress.RecordedAnswer;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.testing.TestContent;

class StoreServiceTest {

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();
    private ProgressDatabase database;
    private StoreService store;
    private Learner ana;

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

    @Test
    void lessonsKeepFirstOpeningLastOpeningPositionAndReadMark() throws Exception {
        LessonRef lesson = new LessonRef("p", "c", "m", "l1");
        LessonState opened = store.lessonOpened(ana.id(), lesson, "en");
        clock.advance(Duration.ofMinutes(3));
        store.lessonPosition(ana.id(), lesson, 420);
        clock.advance(Duration.ofMinutes(2));
        LessonState again = store.lessonOpened(ana.id(), lesson, "es");
        assertEquals(opened.id(), again.id(), "one row per lesson: its id is stable for export");
        assertEquals(opened.firstOpened(), again.firstOpened());
        assertEquals(clock.instant(), again.lastOpened());
        assertEquals(420, again.position());
        assertEquals("es", again.lang());
        assertEquals(Optional.empty(), again.read());
        LessonState read = store.lessonRead(ana.id(), lesson, "es");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(read.read(), store.lessonRead(ana.id(), lesson, "es").read(), "the first read time stays");
        assertEquals(List.of(read.id()), store.lessons(ana.id()).stream().map(LessonState::id).toList());
        assertThrows(ProgressException.class,
                () -> store.lessonPosition(ana.id(), new LessonRef("p", "c", "m", "never-opened"), 3));
        assertThrows(ProgressException.class, () -> store.lessonOpened("nobody", lesson, "en"));
    }

    @Test
    void readingTimeAddsUpPerLessonAndRefusesANegativeTime() throws Exception {
        LessonRef lesson = new LessonRef("p", "c", "m", "l1");
        assertEquals(Duration.ZERO, store.lessonOpened(ana.id(), lesson, "en").timeRead(), "a lesson just opened");
        store.lessonTime(ana.id(), lesson, Duration.ofSeconds(90));
        store.lessonTime(ana.id(), lesson, Duration.ofMillis(30_250));
        store.lessonTime(ana.id(), lesson, Duration.ZERO);
        assertEquals(Duration.ofMillis(120_250), store.lessons(ana.id()).get(0).timeRead());
        assertEquals(Duration.ofMillis(120_250), store.lessonOpened(ana.id(), lesson, "es").timeRead(),
                "opening the lesson again keeps its time");
        assertThrows(IllegalArgumentException.class, () -> store.lessonTime(ana.id(), lesson, Duration.ofSeconds(-1)));
        assertEquals(Duration.ofMillis(120_250), store.lessons(ana.id()).get(0).timeRead(),
                "a refused time adds nothing");
        ProgressException unopened = assertThrows(ProgressException.class,
                () -> store.lessonTime(ana.id(), new LessonRef("p", "c", "m", "never-opened"), Duration.ofSeconds(5)));
        assertTrue(unopened.getMessage().contains("never-opened"), unopened.getMessage());
    }

    @Test
    void anAttemptRecordsEveryAnswerThenItsScore() throws Exception {
        Attempt attempt = store.startAttempt(ana.id(), new QuizRef("p", "c", "m", "quiz", "en"), 99);
        clock.advance(Duration.ofSeconds(20));
        RecordedAnswer first = store.recordAnswer(attempt.id(), "q1", Response.Choices.of(0), 1,
                Duration.ofSeconds(20));
        RecordedAnswer second = store.recordAnswer(attempt.id(), "q2", new Response.Order(List.of(1, 0, 2)), 0.5,
                Duration.ofMillis(12_345));
        assertEquals(List.of(first, second), store.answers(attempt.id()));
        ProgressException twice = assertThrows(ProgressException.class,
                () -> store.recordAnswer(attempt.id(), "q1", Response.Choices.of(1), 0, Duration.ZERO));
        assertEquals("item q1 was already answered in this attempt", twice.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> store.recordAnswer(attempt.id(), "q3", Response.Choices.of(1), 1.5, Duration.ZERO));

        QuizScore score = new QuizScore("quiz", 2, List.of(new ItemScore("q1", 1, List.of(), Optional.empty()),
                new ItemScore("q2", 0.5, List.of(), Optional.empty())), 0.75, 70);
        Attempt finished = store.finishAttempt(attempt.id(), score, Duration.ofSeconds(32));
        assertEquals(Optional.of(true), finished.passed());
        assertEquals(0.75, finished.scaled().getAsDouble());
        assertEquals(Duration.ofSeconds(32), finished.duration());
        assertEquals(99, finished.seed());
        assertEquals(List.of(finished), store.attempts(ana.id(), "p", "quiz"));
        assertEquals(List.of(), store.attempts(ana.id(), "p", "other"));
        assertEquals("attempt " + attempt.id() + " is already finished", assertThrows(ProgressException.class,
                () -> store.recordAnswer(attempt.id(), "q3", Response.Choices.of(1), 1, Duration.ZERO)).getMessage());
        assertThrows(ProgressException.class, () -> store.finishAttempt(attempt.id(), score, Duration.ZERO));
    }

    @Test
    void aCompletionIsRecordedOnce() throws Exception {
        var first = store.recordCompletion(ana.id(), "p", "c", Optional.of("m"));
        clock.advance(Duration.ofDays(1));
        assertEquals(first, store.recordCompletion(ana.id(), "p", "c", Optional.of("m")));
        var course = store.recordCompletion(ana.id(), "p", "c", Optional.empty());
        assertEquals(List.of(first, course), store.completions(ana.id()));
        assertTrue(course.completed().isAfter(first.completed()));
    }

    @Test
    void answersSurviveClosingAndReopening() throws Exception {
        Attempt attempt = store.startAttempt(ana.id(), new QuizRef("p", "c", "m", "quiz", "en"), 1);
        RecordedAnswer answer = store.recordAnswer(attempt.id(), "q1", new Response.Number(18.5), 1,
                Duration.ofSeconds(4));
        database.close();
        database = TestContent.database(temp, clock);
        store = new StoreService(() -> database);
        assertEquals(List.of(answer), store.answers(attempt.id()));
    }
}
