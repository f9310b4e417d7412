package org.sendero.progress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.PracticeItem;
import org.sendero.progress.PracticeOverview;
import org.sendero.progress.PracticeResult;
import org.sendero.progress.PracticeService;
import org.sendero.progress.ProgressException;
import org.sendero.progress.QuizRef;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.testing.TestContent;

/**
 * Leitner scheduling over simulated days: the clock of the database and of the practice moves a
 * day at a time, and the questions come back after 1, 3, 7 and 21 days.
 */
class PracticeScheduleTest {

    private static final QuizRef M1_EN = new QuizRef("test-pack", "c1", "m1", "m1-quiz", "en");
    private static final QuizRef M1_ES = new QuizRef("test-pack", "c1", "m1", "m1-quiz", "es");

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();
    private final LocalDate day0 = LocalDate.of(2026, 11, 27);
    private ProgressDatabase database;
    private StoreService store;
    private PracticeComponent practice;
    private Learner ana;
    private final String session = UUID.randomUUID().toString();

    @BeforeEach
    void open() throws Exception {
        database = TestContent.database(temp, clock);
        store = new StoreService(() -> database);
        practice = new PracticeComponent(() -> database);
        ana = new LearnersService(() -> database, 1000).add("Ana", Optional.empty());
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** Moves the clock to 09:00 (UTC) of day {@code day} after the start. */
    private void day(int day) {
        clock.advance(Duration.between(now(), day0.plusDays(day).atTime(9, 0).atZone(clock.getZone())));
    }

    private void quiz(QuizRef quiz, double... credits) throws ProgressException {
        Attempt attempt = store.startAttempt(ana.id(), quiz, 1);
        for (int i = 0; i < credits.length; i++) {
            store.recordAnswer(attempt.id(), "q" + (i + 1), new Response.Text("answer"), credits[i],
                    Duration.ofSeconds(5));
        }
    }

    private List<String> due() throws ProgressException {
        return practice.due(ana.id(), now()).stream().map(PracticeItem::itemId).toList();
    }

    private PracticeResult practise(String itemId, double credit) throws ProgressException {
        PracticeItem item = practice.due(ana.id(), now()).stream().filter(i -> i.itemId().equals(itemId))
                .findFirst().orElseThrow(() -> new AssertionError(itemId + " is not due"));
        return practice.record(ana.id(), session, item, new Response.Text("practice"), credit, Duration.ofSeconds(4),
                now());
    }

    @Test
    void aWrongAnswerComesBackAfter1_3_7And21DaysAndIsLearntAfterTheLastBox() throws Exception {
        quiz(M1_EN, 0, 1, 0.5, 1);
        assertEquals(List.of(), due(), "not on the day it was answered");
        assertEquals(new PracticeOverview(0, 2, Optional.of(day0.plusDays(1))), practice.overview(ana.id(), now()));

        day(1);
        assertEquals(List.of("q1", "q3"), due(), "the wrong and the partly right answer; the right ones never");
        PracticeItem first = practice.due(ana.id(), now()).get(0);
        assertEquals(1, first.box());
        assertEquals(day0.plusDays(1), first.due());
        practise("q3", 0);
        int[] days = { 1, 4, 11, 32 };
        for (int box = 1; box <= 4; box++) {
            if (box > 1) {
                day(days[box - 1] - 1);
                assertFalse(due().contains("q1"), "not the day before, box " + box);
            }
            day(days[box - 1]);
            assertTrue(due().contains("q1"), "due in box " + box);
            PracticeResult result = practise("q1", 1);
            assertEquals(box, result.answer().boxBefore());
            if (box < 4) {
                assertEquals(box + 1, result.box());
                int wait = PracticeService.INTERVAL_DAYS.get(box);
                assertEquals(Optional.of(day0.plusDays(days[box - 1] + wait)), result.due());
                assertEquals(days[box], days[box - 1] + wait, "the days the test visits");
            } else {
                assertTrue(result.learnt());
                assertEquals(Optional.empty(), result.due());
            }
        }
        day(400);
        assertFalse(due().contains("q1"), "a learnt question does not come back");

        // answered wrongly in a quiz again, it starts over in box 1
        quiz(M1_EN, 0);
        assertEquals(List.of("q3"), due(), "q3 has waited since its wrong answer on day 1");
        day(401);
        assertEquals(1, practice.due(ana.id(), now()).stream().filter(i -> i.itemId().equals("q1")).findFirst()
                .orElseThrow().box());
    }

    @Test
    void aWrongPracticeAnswerPutsTheQuestionBackInTheFirstBox() throws Exception {
        quiz(M1_EN, 0);
        day(1);
        practise("q1", 1);
        day(4);
        assertEquals(3, practise("q1", 1).box());
        day(11);
        PracticeResult wrong = practise("q1", 0.5);
        assertEquals(3, wrong.answer().boxBefore());
        assertEquals(1, wrong.box(), "partly right counts as wrong");
        assertEquals(Optional.of(day0.plusDays(12)), wrong.due());
        assertEquals(List.of(), due(), "answered today; back tomorrow");
        day(12);
        assertEquals(List.of("q1"), due());
    }

    @Test
    void aQuestionIsTheSameInEveryLanguageAndComesBackInTheLastOneUsed() throws Exception {
        quiz(M1_EN, 0);
        quiz(M1_ES, 0, 0);
        day(1);
        List<PracticeItem> items = practice.due(ana.id(), now());
        assertEquals(List.of("q1", "q2"), items.stream().map(PracticeItem::itemId).toList());
        assertEquals("es", items.get(0).quiz().lang());
        PracticeResult result = practice.record(ana.id(), session, items.get(0).in("en"), new Response.Text("x"), 1,
                Duration.ZERO, now());
        assertEquals(2, result.box());
        assertEquals(List.of("q2"), due());
    }

    @Test
    void aDayEndsAtMidnightWhereTheLearnerIs() throws Exception {
        ZoneId bogota = ZoneId.of("America/Bogota");
        // 02:00 UTC on the 28th is still the evening of the 27th in Bogotá
        clock.advance(Duration.ofHours(17));
        quiz(M1_EN, 0);
        assertEquals(LocalDate.of(2026, 11, 28),
                practice.overview(ana.id(), ZonedDateTime.now(clock).withZoneSameInstant(bogota)).next().orElseThrow(),
                "in Bogotá the answer was given on the 27th");
        assertEquals(LocalDate.of(2026, 11, 29), practice.overview(ana.id(), ZonedDateTime.now(clock)).next()
                .orElseThrow(), "in UTC on the 28th");
        clock.advance(Duration.ofHours(5)); // 07:00 UTC, 02:00 in Bogotá on the 28th
        assertEquals(1, practice.due(ana.id(), ZonedDateTime.now(clock).withZoneSameInstant(bogota)).size());
        assertEquals(0, practice.due(ana.id(), ZonedDateTime.now(clock)).size());
    }

    @Test
    void practiceNeedsAKnownLearnerAndACreditFrom0To1() throws Exception {
        quiz(M1_EN, 0);
        day(1);
        PracticeItem item = practice.due(ana.id(), now()).get(0);
        assertThrows(IllegalArgumentException.class,
                () -> practice.record(ana.id(), session, item, new Response.Text("x"), 1.5, Duration.ZERO, now()));
        ProgressException unknown = assertThrows(ProgressException.class, () -> practice.record("nobody", session,
                item, new Response.Text("x"), 1, Duration.ZERO, now()));
        assertEquals("no learner with id nobody", unknown.getMessage());
        assertEquals(List.of(), practice.answers(ana.id()), "nothing stored by refused answers");
    }

    @Test
    void removingALearnerRemovesTheirPractice() throws Exception {
        quiz(M1_EN, 0);
        day(1);
        practise("q1", 1);
        new LearnersService(() -> database, 1000).remove(ana.id());
        assertEquals(0, (int) database.read(connection -> {
            try (var rows = connection.createStatement().executeQuery("SELECT count(*) FROM practice_answer")) {
                rows.next();
                return rows.getInt(1);
            }
        }));
    }
}
