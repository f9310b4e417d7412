package org.sendero.progress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.content.ContentLink;
import org.sendero.progress.Learner;
import org.sendero.progress.Note;
import org.sendero.progress.ProgressException;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.internal.db.Schema;
import org.sendero.progress.testing.TestContent;

/** Notes in a real database file, closed and opened again as a restart does. */
class NotesServiceTest {

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();

    private static Note highlight(String quote, String body) {
        return Note.draft("sendero-starter", ContentLink.Kind.GUIDANCE, "guide-screening", "es", "two-elements", quote,
                "antes ", " después", body);
    }

    @Test
    void notesSurviveARestartAndAreChangedAndDeletedPerLearner() throws Exception {
        Note bookmark;
        Note kept;
        String anaId;
        try (ProgressDatabase database = TestContent.database(temp, clock)) {
            LearnersService learners = new LearnersService(() -> database, 1000);
            Learner ana = learners.add("Ana", Optional.empty());
            Learner ben = learners.add("Ben", Optional.empty());
            anaId = ana.id();
            NotesService notes = new NotesService(() -> database);
            bookmark = notes.add(ana.id(), Note.draft("sendero-starter", ContentLink.Kind.LESSON, "tip-def-children",
                    "en", "two-elements", "", "", "", ""));
            clock.advance(Duration.ofMinutes(1));
            kept = notes.add(ana.id(), highlight("la niña y el niño", "ask for the birth certificate"));
            notes.add(ben.id(), highlight("otra cosa", "Ben's own"));
            clock.advance(Duration.ofMinutes(2));
            kept = notes.update(ana.id(), kept.id(), "ask for the birth certificate\nand a photo");
            Note gone = notes.add(ana.id(), highlight("borrar", ""));
            notes.delete(ana.id(), gone.id());
            assertThrows(ProgressException.class, () -> notes.delete(ben.id(), bookmark.id()),
                    "a learner cannot delete another's note");
        }
        try (ProgressDatabase database = ProgressDatabase.open(temp.resolve("progress.db"), clock)) {
            List<Note> again = new NotesService(() -> database).list(anaId);
            assertEquals(List.of(kept, bookmark), again, "guidance before lesson, each with all its fields");
            assertEquals("ask for the birth certificate\nand a photo", again.get(0).body());
            assertEquals(clock.instant(), again.get(0).updated());
            assertEquals(clock.instant().minus(Duration.ofMinutes(2)), again.get(0).created());
            assertTrue(again.get(1).isBookmark());
        }
    }

    @Test
    void restoringIsAllOrNothingAndTwiceAddsNothing() throws Exception {
        try (ProgressDatabase database = TestContent.database(temp, clock)) {
            Learner ana = new LearnersService(() -> database, 1000).add("Ana", Optional.empty());
            NotesService notes = new NotesService(() -> database);
            Note one = highlight("uno", "first").stored("id-1", "", clock.instant(), clock.instant());
            Note two = highlight("dos", "second").stored("id-2", "", clock.instant(), clock.instant());
            assertEquals(2, notes.restore(ana.id(), List.of(one, two)));
            assertEquals(2, notes.restore(ana.id(), List.of(one, two.withBody("second, changed", clock.instant()))));
            assertEquals(List.of("first", "second, changed"), notes.list(ana.id()).stream().map(Note::body).toList());
            Note broken = new Note("id-3", "", "p", ContentLink.Kind.LESSON, "l", "en", "", "", "", "", "", null,
                    null);
            assertThrows(RuntimeException.class,
                    () -> notes.restore(ana.id(), List.of(highlight("tres", "").stored("id-4", "", clock.instant(),
                            clock.instant()), broken)));
            assertEquals(2, notes.list(ana.id()).size(), "the note before the broken one was not kept");
            assertThrows(ProgressException.class, () -> notes.restore("nobody", List.of(one)));
        }
    }

    @Test
    void aVersionTwoDatabaseKeepsEverythingAndGainsNotes() throws Exception {
        Path file = temp.resolve("progress.db");
        try (ProgressDatabase database = ProgressDatabase.open(file, Clock.systemUTC(),
                new Schema(Schema.CURRENT.migrations().subList(0, 2)))) {
            assertEquals(2, database.userVersion());
            database.write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(
                            "INSERT INTO learner (id, name, name_key, created) VALUES ('l1', 'Ana', 'ana', 5)");
                    statement.executeUpdate("INSERT INTO lesson_progress (id, learner_id, pack_id, course_id,"
                            + " module_id, lesson_id, lang, first_opened, last_opened, position, read_at, reading_ms)"
                            + " VALUES ('r1', 'l1', 'p', 'c', 'm', 'one', 'en', 10, 20, 420, 30, 9000)");
                    statement.executeUpdate("INSERT INTO attempt (id, learner_id, pack_id, course_id, module_id,"
                            + " quiz_id, lang, seed, started, finished, scaled, passed, duration_ms)"
                            + " VALUES ('a1', 'l1', 'p', 'c', 'm', 'q', 'en', 7, 40, 50, 0.75, 1, 10)");
                    statement.executeUpdate("INSERT INTO completion (id, learner_id, pack_id, course_id, module_id,"
                            + " completed) VALUES ('c1', 'l1', 'p', 'c', 'm', 60)");
                }
                return null;
            });
        }
        try (ProgressDatabase database = ProgressDatabase.open(file, clock)) {
            assertEquals(Schema.CURRENT.version(), database.userVersion());
            StoreService store = new StoreService(() -> database);
            assertEquals("one 420 9000", store.lessons("l1").stream()
                    .map(l -> l.lesson().lessonId() + " " + l.position() + " " + l.timeRead().toMillis()).findFirst()
                    .orElseThrow());
            assertEquals(1, store.attempts("l1").size());
            assertEquals(0.75, store.attempts("l1").get(0).scaled().orElseThrow());
            assertEquals("Ana", new LearnersService(() -> database, 1000).byName("ana").orElseThrow().name());
            NotesService notes = new NotesService(() -> database);
            assertEquals(List.of(), notes.list("l1"));
            notes.add("l1", highlight("algo", "nota"));
            assertEquals(1, notes.list("l1").size());
        }
    }
}
