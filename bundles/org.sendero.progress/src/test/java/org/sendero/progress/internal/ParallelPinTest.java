package org.sendero.progress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.progress.PinCheck;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.internal.pin.PinBackoff;
import org.sendero.progress.testing.TestContent;

/**
 * Wrong PINs tried at once from several threads and several connections to one database file, as
 * several command-line processes beside the workbench would: every checked try is counted, and
 * the wait applies to all of them.
 */
class ParallelPinTest {

    private static final int CONNECTIONS = 4;
    private static final int THREADS = 8;
    private static final int TRIES_PER_THREAD = 2;
    /** Enough for each hash to take a few milliseconds, so that the tries overlap. */
    private static final int ITERATIONS = 20_000;

    @TempDir
    Path temp;

    private final TestContent.TestClock clock = new TestContent.TestClock();
    private final List<ProgressDatabase> databases = new ArrayList<>();
    private final List<LearnersService> services = new ArrayList<>();
    private String learnerId;

    @BeforeEach
    void open() throws Exception {
        for (int i = 0; i < CONNECTIONS; i++) {
            ProgressDatabase database = TestContent.database(temp, clock);
            databases.add(database);
            services.add(new LearnersService(() -> database, ITERATIONS));
        }
        learnerId = services.get(0).add("Ana", Optional.of("4821")).id();
    }

    @AfterEach
    void close() throws Exception {
        for (ProgressDatabase database : databases) {
            database.close();
        }
    }

    /** Sixteen wrong PINs at once: the outcomes, counted by kind. */
    private Map<PinCheck.Outcome, Integer> wrongPinsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<PinCheck>>> tries = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                LearnersService service = services.get(t % CONNECTIONS);
                String wrong = String.format("%04d", t);
                tries.add(threads.submit(() -> {
                    start.await();
                    List<PinCheck> answers = new ArrayList<>();
                    for (int i = 0; i < TRIES_PER_THREAD; i++) {
                        answers.add(service.checkPin(learnerId, wrong));
                    }
                    return answers;
                }));
            }
            start.countDown();
            Map<PinCheck.Outcome, Integer> outcomes = new EnumMap<>(PinCheck.Outcome.class);
            for (Future<List<PinCheck>> answers : tries) {
                for (PinCheck answer : answers.get()) {
                    outcomes.merge(answer.outcome(), 1, Integer::sum);
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private int failuresRecorded() throws Exception {
        return databases.get(CONNECTIONS - 1).read(connection -> {
            try (ResultSet row = connection.createStatement().executeQuery("SELECT failed_pins FROM learner")) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    @Test
    void everyWrongPinTriedInParallelIsCountedAndTheWaitStopsTheRest() throws Exception {
        Map<PinCheck.Outcome, Integer> first = wrongPinsAtOnce();
        assertEquals(PinBackoff.FREE_TRIES, first.getOrDefault(PinCheck.Outcome.WRONG, 0),
                "only the free tries are checked: " + first);
        assertEquals(THREADS * TRIES_PER_THREAD - PinBackoff.FREE_TRIES, first.getOrDefault(PinCheck.Outcome.WAIT, 0));
        assertEquals(PinBackoff.FREE_TRIES, failuresRecorded(), "every checked try is recorded");

        // the second round after the wait: one more try is checked, and the wait doubles
        clock.advance(PinBackoff.after(PinBackoff.FREE_TRIES).orElseThrow());
        Map<PinCheck.Outcome, Integer> second = wrongPinsAtOnce();
        assertEquals(1, second.getOrDefault(PinCheck.Outcome.WRONG, 0), second.toString());
        assertEquals(PinBackoff.FREE_TRIES + 1, failuresRecorded());
        PinCheck waiting = services.get(1).checkPin(learnerId, "4821");
        assertEquals(PinCheck.Outcome.WAIT, waiting.outcome(), "even the right PIN waits");
        assertEquals(Optional.of(clock.instant().plus(PinBackoff.after(PinBackoff.FREE_TRIES + 1).orElseThrow())),
                waiting.retryAfter());

        clock.advance(Duration.ofHours(1));
        assertTrue(services.get(2).checkPin(learnerId, "4821").accepted());
        assertEquals(0, failuresRecorded(), "a right PIN starts the count again");
    }

    /**
     * A right PIN is counted as a try too until it is checked, so right PINs at once may wait
     * behind each other; none is ever answered as wrong, and the count ends at zero.
     */
    @Test
    void rightPinsTriedInParallelAreNeverWrongAndLeaveNoCount() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        Map<PinCheck.Outcome, Integer> outcomes = new EnumMap<>(PinCheck.Outcome.class);
        try {
            List<Future<PinCheck>> tries = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                LearnersService service = services.get(t % CONNECTIONS);
                tries.add(threads.submit(() -> service.checkPin(learnerId, "4821")));
            }
            for (Future<PinCheck> answer : tries) {
                outcomes.merge(answer.get().outcome(), 1, Integer::sum);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(0, outcomes.getOrDefault(PinCheck.Outcome.WRONG, 0), outcomes.toString());
        assertTrue(outcomes.getOrDefault(PinCheck.Outcome.ACCEPTED, 0) >= 1, outcomes.toString());
        assertEquals(0, failuresRecorded());
    }
}
