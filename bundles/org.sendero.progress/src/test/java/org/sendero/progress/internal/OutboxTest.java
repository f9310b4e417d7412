package org.sendero.progress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.content.Pack;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.ExportOptions;
import org.sendero.progress.Learner;
import org.sendero.progress.LessonRef;
import org.sendero.progress.PracticeItem;
import org.sendero.progress.ProgressException;
import org.sendero.progress.QuizRef;
import org.sendero.progress.export.OutboxCounts;
import org.sendero.progress.export.QueuedStatement;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.internal.db.Schema;
import org.sendero.progress.testing.TestContent;

/** The outbox holds every statement of the export, once, queued with what it reports. */
class OutboxTest {

    private static final URI HOME = URI.create("https://training.example.org/north/");

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();
    private final Pack pack = TestContent.pack();
    private ProgressDatabase database;
    private LearnersService learners;
    private StoreService store;
    private PracticeComponent practice;
    private ExportService export;
    private OutboxService outbox;
    private Learner ana;

    @BeforeEach
    void open() throws Exception {
        database = TestContent.database(temp, clock);
        services();
        ana = learners.add("Ana", Optional.empty());
    }

    private void services() {
        learners = new LearnersService(() -> database, 1000);
        store = new StoreService(() -> database);
        practice = new PracticeComponent(() -> database);
        export = new ExportService(learners, store, practice);
        outbox = new OutboxService(() -> database, learners, store, practice);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    /** A learner's lessons, a finished and an unfinished attempt, completions and a practice answer. */
    private void recordEverything(Learner learner) throws Exception {
        TestContent.recordHistory(store, clock, learner.id(), pack.id());
        practice.record(learner.id(), "session-1",
                new PracticeItem(new QuizRef(pack.id(), "c1", "m1", "m1-quiz", "en"), "q4", 1, LocalDate.now(clock)),
                new Response.Order(List.of(0, 1, 2)), 1, Duration.ofSeconds(8), ZonedDateTime.now(clock));
    }

    private Map<String, JsonElement> exported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.xapi(out, new ExportOptions(HOME, Optional.empty()), List.of(pack));
        Map<String, JsonElement> byId = new TreeMap<>();
        for (JsonElement statement : JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonArray()) {
            byId.put(statement.getAsJsonObject().get("id").getAsString(), statement);
        }
        return byId;
    }

    private Map<String, JsonElement> waiting() throws Exception {
        Map<String, JsonElement> byId = new TreeMap<>();
        for (QueuedStatement queued : outbox.waiting(1000, HOME, List.of(pack))) {
            assertEquals(null, byId.put(queued.id(), queued.statement()), "queued twice: " + queued.id());
            assertEquals(queued.id(), queued.statement().get("id").getAsString());
        }
        return byId;
    }

    @Test
    void theOutboxHoldsExactlyTheStatementsOfTheExportIdAndContent() throws Exception {
        recordEverything(ana);
        recordEverything(learners.add("Ben", Optional.empty()));
        Map<String, JsonElement> exported = exported();
        assertEquals(20, exported.size(), "10 statements per learner");
        assertEquals(exported, waiting());
        assertEquals(new OutboxCounts(20, 0, 0, Optional.empty()), outbox.counts());
    }

    @Test
    void statementsComeOldestFirstInBatchesAndASentOneIsNeverOfferedAgain() throws Exception {
        recordEverything(ana);
        List<QueuedStatement> first = outbox.waiting(4, HOME, List.of(pack));
        assertEquals(List.of("experienced", "completed", "experienced", "answered"),
                first.stream().map(QueuedStatement::verb).toList());
        outbox.sent(first, clock.instant());
        List<QueuedStatement> rest = outbox.waiting(100, HOME, List.of(pack));
        assertEquals(6, rest.size());
        assertTrue(rest.stream().noneMatch(r -> first.stream().anyMatch(f -> f.id().equals(r.id()))));
        assertEquals(new OutboxCounts(6, 4, 0, Optional.of(clock.instant())), outbox.counts());

        // opening and reading the same lesson again queues nothing new, even after it was sent
        store.lessonOpened(ana.id(), new LessonRef(pack.id(), "c1", "m1", "m1-l1"), "es");
        store.lessonRead(ana.id(), new LessonRef(pack.id(), "c1", "m1", "m1-l1"), "es");
        store.recordCompletion(ana.id(), pack.id(), "c1", Optional.empty());
        assertEquals(6, outbox.counts().waiting());
    }

    @Test
    void aRefusedStatementKeepsItsReasonAndLeavesTheQueue() throws Exception {
        recordEverything(ana);
        QueuedStatement conflicting = outbox.waiting(1, HOME, List.of(pack)).get(0);
        outbox.refused(conflicting, "6690e6c9 is conflicting");
        assertEquals(9, outbox.waiting(100, HOME, List.of(pack)).size());
        assertEquals(1, outbox.counts().refused());
        assertEquals(conflicting.id(), outbox.refusals().get(0).id());
        assertEquals("6690e6c9 is conflicting", outbox.refusals().get(0).reason());
    }

    @Test
    void aRefusedAnswerQueuesNothingAndADeletedLearnersStatementsLeaveTheOutbox() throws Exception {
        Attempt attempt = store.startAttempt(ana.id(), new QuizRef(pack.id(), "c1", "m1", "m1-quiz", "en"), 5);
        store.recordAnswer(attempt.id(), "q1", Response.Choices.of(0), 1, Duration.ofSeconds(2));
        assertThrows(ProgressException.class,
                () -> store.recordAnswer(attempt.id(), "q1", Response.Choices.of(1), 0, Duration.ofSeconds(2)));
        assertEquals(1, outbox.counts().waiting(), "the second answer was rolled back with its statement");
        learners.remove(ana.id());
        assertEquals(0, outbox.counts().waiting());
    }

    @Test
    void theMigrationQueuesTheResultsOfAnOlderDatabaseOnce() throws Exception {
        recordEverything(ana);
        Map<String, JsonElement> exported = exported();
        // the same rows in a database of the previous schema, which had no outbox
        database.write(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE outbox");
                statement.execute("PRAGMA user_version = " + (Schema.CURRENT.version() - 1));
            }
            return null;
        });
        database.close();
        database = TestContent.database(temp, clock);
        services();
        assertEquals(Schema.CURRENT.version(), database.userVersion());
        assertEquals(exported, waiting());
        database.close();
        database = TestContent.database(temp, clock);
        services();
        assertEquals(exported.size(), outbox.counts().waiting(), "opening again queues nothing twice");
    }
}
