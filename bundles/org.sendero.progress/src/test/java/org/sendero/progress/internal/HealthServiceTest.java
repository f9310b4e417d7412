package org.sendero.progress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.progress.DatabaseHealth;
import org.sendero.progress.Learner;
import org.sendero.progress.QuizRef;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.internal.db.Schema;
import org.sendero.progress.testing.TestContent;

class HealthServiceTest {

    @TempDir
    Path temp;

    private ProgressDatabase database;

    @BeforeEach
    void open() throws Exception {
        database = TestContent.database(temp, new TestContent.TestClock());
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void aSoundDatabaseGivesOkAndCountsRowsOfEachKind() throws Exception {
        LearnersService learners = new LearnersService(() -> database, 1000);
        Learner ana = learners.add("Ana", Optional.empty());
        learners.add("José", Optional.empty());
        StoreService store = new StoreService(() -> database);
        store.startAttempt(ana.id(), new QuizRef("p", "c", "m", "quiz", "en"), 1);
        store.startAttempt(ana.id(), new QuizRef("p", "c", "m", "quiz", "en"), 2);
        store.startAttempt(ana.id(), new QuizRef("p", "c", "m", "other", "en"), 3);

        DatabaseHealth health = new HealthService(() -> database).check();

        assertTrue(health.sound(), health.integrity()::toString);
        assertEquals(List.of("ok"), health.integrity());
        assertEquals(Schema.CURRENT.version(), health.schema());
        assertEquals(2, health.learners());
        assertEquals(3, health.attempts());
        assertEquals(0, health.answers());
        assertEquals(0, health.notes());
    }
}
