package org.sendero.progress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Learner;
import org.sendero.progress.LessonRef;
import org.sendero.progress.PinCheck;
import org.sendero.progress.ProgressException;
import org.sendero.progress.QuizRef;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.testing.TestContent;

class LearnersServiceTest {

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();
    private ProgressDatabase database;
    private LearnersService learners;

    @BeforeEach
    void open() throws Exception {
        database = TestContent.database(temp, clock);
        // few iterations: these tests hash many PINs; the stored count makes the real one apply in use
        learners = new LearnersService(() -> database, 1000);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void learnersAreAddedRenamedAndListedByName() throws Exception {
        Learner ana = learners.add("  Ana   María ", Optional.empty());
        learners.add("José", Optional.of("4821"));
        assertEquals("Ana María", ana.name());
        assertEquals(List.of("Ana María", "José"), learners.list().stream().map(Learner::name).toList());
        assertTrue(learners.byName("jose").orElseThrow().hasPin(), "names match without accents or case");
        Learner renamed = learners.rename(ana.id(), "Ana M. López");
        assertEquals(ana.id(), renamed.id());
        assertEquals(Optional.of(renamed), learners.byName("ana m. lopez"));
        assertEquals(clock.instant(), renamed.created());
    }

    @Test
    void namesAreUniqueIgnoringCaseAccentsAndSpacing() throws Exception {
        Learner jose = learners.add("José", Optional.empty());
        ProgressException taken = assertThrows(ProgressException.class, () -> learners.add("JOSE ", Optional.empty()));
        assertEquals("a learner called 'José' already exists", taken.getMessage());
        Learner other = learners.add("Marta", Optional.empty());
        assertThrows(ProgressException.class, () -> learners.rename(other.id(), "jose"));
        assertEquals("josé", learners.rename(jose.id(), "josé").name().toLowerCase(), "renaming to itself is allowed");
        assertThrows(IllegalArgumentException.class, () -> learners.add("   ", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> learners.add("x".repeat(61), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> learners.add("Tab\tName\u0007", Optional.empty()));
    }

    @Test
    void namesThatWouldLookLikeAnotherAreRefusedNamingTheCharacter() throws Exception {
        learners.add("Ana", Optional.empty());
        Map<String, String> refused = Map.of(
                "Ana\u200B", "an invisible character (U+200B)", // zero-width space
                "\u202EanA", "an invisible character (U+202E)", // right-to-left override
                "Ana\u2066", "an invisible character (U+2066)", // left-to-right isolate
                "\uFEFFAna", "an invisible character (U+FEFF)", // byte order mark
                "A\u00ADna", "an invisible character (U+00AD)", // soft hyphen
                "An\u200Da", "an invisible character (U+200D)", // zero-width joiner
                "Ana\u3164", "an invisible character (U+3164)", // Hangul filler, a letter that shows nothing
                "Ana\u034F", "an invisible character (U+034F)", // combining grapheme joiner
                "Tab\tName\u0007", "a control character (U+0007)",
                "Ana\uE000", "a character with no agreed shape (U+E000)");
        for (var name : refused.entrySet()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> learners.add(name.getKey(), Optional.empty()), name.getValue());
            assertEquals("a learner's name contains " + name.getValue(), e.getMessage());
        }
        Learner ben = learners.add("Ben", Optional.empty());
        IllegalArgumentException renamed = assertThrows(IllegalArgumentException.class,
                () -> learners.rename(ben.id(), "Ben\u200E"));
        assertEquals("a learner's name contains an invisible character (U+200E)", renamed.getMessage());
        assertEquals(List.of("Ana", "Ben"), learners.list().stream().map(Learner::name).toList(), "nothing was stored");
    }

    @Test
    void namesAreStoredComposedAndCompareAfterNormalising() throws Exception {
        Learner jose = learners.add("Jose\u0301\u00A0Luis", Optional.empty());
        assertEquals("Jos\u00E9 Luis", jose.name(), "one composed letter and a plain space");
        ProgressException taken = assertThrows(ProgressException.class,
                () -> learners.add("JOS\u00C9\u2003LUIS", Optional.empty()));
        assertEquals("a learner called 'Jos\u00E9 Luis' already exists", taken.getMessage());
        assertThrows(ProgressException.class, () -> learners.add("\uFF2A\uFF2F\uFF33\uFF25 luis", Optional.empty()),
                "full-width letters are the same name");
        assertEquals(Optional.of(jose), learners.byName("jose luis"));
        assertEquals("-Ana", learners.add("-Ana", Optional.empty()).name(), "a leading dash is part of a name");
    }

    @Test
    void pinsAreDigitsStoredOnlyAsSaltedHashes() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> learners.add("A", Optional.of("123")));
        assertThrows(IllegalArgumentException.class, () -> learners.add("A", Optional.of("12ab")));
        Learner a = learners.add("A", Optional.of("4821"));
        Learner b = learners.add("B", Optional.of("4821"));
        List<String> hashes = database.read(connection -> {
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "SELECT hex(pin_hash), hex(pin_salt), pin_iterations FROM learner ORDER BY name_key")) {
                List<String> found = new java.util.ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getInt(3));
                }
                return found;
            }
        });
        assertEquals(2, hashes.size());
        assertFalse(hashes.get(0).split(" ")[0].equals(hashes.get(1).split(" ")[0]), "the same PIN hashes differently");
        // the columns are read as hex: the PIN's text "4821" would show as 34383231 (four random hex
        // digits reading "4821" by chance are no sign of a stored PIN)
        assertFalse(String.join(" ", hashes).contains("34383231"), "the PIN is not stored as text");
        assertTrue(hashes.get(0).endsWith(" 1000"));
        assertTrue(learners.checkPin(a.id(), "4821").accepted());
        assertEquals(PinCheck.Outcome.WRONG, learners.checkPin(b.id(), "4822").outcome());
        learners.setPin(a.id(), Optional.empty());
        assertTrue(learners.checkPin(a.id(), "anything").accepted(), "no PIN, nothing to check");
        assertFalse(learners.byName("A").orElseThrow().hasPin());
    }

    @Test
    void wrongPinsMakeTheNextTryWaitLongerAndTheWaitSurvivesRestarts() throws Exception {
        Learner ana = learners.add("Ana", Optional.of("4821"));
        for (int i = 0; i < 2; i++) {
            PinCheck wrong = learners.checkPin(ana.id(), "0000");
            assertEquals(new PinCheck(PinCheck.Outcome.WRONG, Optional.empty()), wrong, "typos are free");
        }
        PinCheck third = learners.checkPin(ana.id(), "0000");
        assertEquals(new PinCheck(PinCheck.Outcome.WRONG, Optional.of(clock.instant().plusSeconds(30))), third);
        // even the right PIN is not checked while waiting
        assertEquals(new PinCheck(PinCheck.Outcome.WAIT, third.retryAfter()), learners.checkPin(ana.id(), "4821"));

        database.close();
        database = TestContent.database(temp, clock);
        learners = new LearnersService(() -> database, 1000);
        assertEquals(PinCheck.Outcome.WAIT, learners.checkPin(ana.id(), "4821").outcome(),
                "a restart does not reset it");

        clock.advance(Duration.ofSeconds(30));
        PinCheck fourth = learners.checkPin(ana.id(), "1111");
        assertEquals(Optional.of(clock.instant().plusSeconds(60)), fourth.retryAfter(), "the wait doubles");
        clock.advance(Duration.ofSeconds(60));
        assertTrue(learners.checkPin(ana.id(), "4821").accepted());
        assertEquals(new PinCheck(PinCheck.Outcome.WRONG, Optional.empty()), learners.checkPin(ana.id(), "0000"),
                "a right PIN starts the count again");
    }

    @Test
    void removingALearnerRemovesEverythingRecordedForThemAndNothingElse() throws Exception {
        StoreService store = new StoreService(() -> database);
        Learner ana = learners.add("Ana", Optional.empty());
        Learner ben = learners.add("Ben", Optional.empty());
        for (Learner learner : List.of(ana, ben)) {
            store.lessonRead(learner.id(), new LessonRef("p", "c", "m", "l1"), "en");
            var attempt = store.startAttempt(learner.id(), new QuizRef("p", "c", "m", "quiz", "en"), 1);
            store.recordAnswer(attempt.id(), "q1", new Response.Text("secret-answer-" + learner.name()), 1,
                    Duration.ZERO);
            store.recordCompletion(learner.id(), "p", "c", Optional.of("m"));
        }
        learners.remove(ana.id());
        assertEquals(List.of("Ben"), learners.list().stream().map(Learner::name).toList());
        for (String table : List.of("lesson_progress", "attempt", "completion")) {
            assertEquals(1, count(table), table);
        }
        assertEquals(1, count("answer"));
        assertThrows(ProgressException.class, () -> learners.remove(ana.id()));
        assertEquals(1, store.attempts(ben.id()).size());
        database.close();
        // secure_delete and the checkpoint leave no trace of the removed answers in the files
        byte[] bytes = Files.readAllBytes(temp.resolve("progress.db"));
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("secret-answer-Ana"));
        assertTrue(text.contains("secret-answer-Ben"));
        database = TestContent.database(temp, clock);
    }

    private int count(String table) throws Exception {
        return database.read(connection -> {
            try (ResultSet row = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                row.next();
                return row.getInt(1);
            }
        });
    }
}
