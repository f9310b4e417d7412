import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.QuizRef;
import org.sendero.progress.internal.LearnersService;
import org.sendero.progress.internal.StoreService;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.internal.db.Schema;

/**
 * The outbox's cost on the answer path: ProgressStore.recordAnswer on a database with the outbox
 * (the answer and its xAPI statement queued in one committed transaction) against the same code on
 * a database whose outbox is a view that discards what is written to it (so the answer path is as
 * it was before the outbox), in alternating rounds in one process, after a warm-up, in one folder.
 *
 * Arguments: FOLDER (on the disk to measure) and ROUNDS (of 100 answers on each database).
 */
public class OutboxBenchmark {

    private static final int PER_ROUND = 100;

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Files.createDirectories(folder);
        Path with = folder.resolve("with-outbox.db");
        Path without = folder.resolve("without-outbox.db");
        for (Path file : List.of(with, without)) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
        }
        List<List<String>> discarding = new ArrayList<>(Schema.CURRENT.migrations().subList(0,
                Schema.CURRENT.version() - 1));
        discarding.add(List.of("CREATE VIEW outbox AS SELECT NULL AS verb, NULL AS row_id, NULL AS learner_id,"
                + " NULL AS queued, NULL AS sent, NULL AS refused WHERE 0",
                "CREATE TRIGGER outbox_discards INSTEAD OF INSERT ON outbox BEGIN SELECT 1; END"));
        List<Long> withTimes = new ArrayList<>();
        List<Long> withoutTimes = new ArrayList<>();
        try (ProgressDatabase outboxDb = ProgressDatabase.open(with, Clock.systemUTC());
                ProgressDatabase plainDb = ProgressDatabase.open(without, Clock.systemUTC(), new Schema(discarding))) {
            Answering outbox = new Answering(outboxDb);
            Answering plain = new Answering(plainDb);
            for (int round = -2; round < rounds; round++) {
                boolean warmUp = round < 0;
                // which goes first alternates, so that neither always follows the other's fsyncs
                boolean outboxFirst = Math.floorMod(round, 2) == 0;
                (outboxFirst ? outbox : plain).round(warmUp ? null : (outboxFirst ? withTimes : withoutTimes));
                (outboxFirst ? plain : outbox).round(warmUp ? null : (outboxFirst ? withoutTimes : withTimes));
            }
            long queued = outboxDb.read(connection -> {
                try (var statement = connection.createStatement();
                        var row = statement.executeQuery("SELECT COUNT(*) FROM outbox")) {
                    row.next();
                    return row.getLong(1);
                }
            });
            System.out.printf("folder: %s (%s)%n", folder, Files.getFileStore(folder).type());
            System.out.printf("answers: %d on each database, %d rounds of %d, alternating, after 2 warm-up rounds;"
                    + " %d statements queued%n", withTimes.size(), rounds, PER_ROUND, queued);
        }
        System.out.printf("%-44s %10s %10s %10s%n", "", "p50 ms", "p99 ms", "mean ms");
        print("recordAnswer without the outbox (baseline)", withoutTimes);
        print("recordAnswer with the outbox", withTimes);
        System.out.printf("ratio p50: %.2fx, p99: %.2fx, mean: %.2fx (target at most 1.3x)%n",
                percentile(withTimes, 50) / percentile(withoutTimes, 50),
                percentile(withTimes, 99) / percentile(withoutTimes, 99), mean(withTimes) / mean(withoutTimes));
    }

    /** One learner's attempt on one database. */
    private static final class Answering {
        private final StoreService store;
        private final Attempt attempt;
        private int item;

        Answering(ProgressDatabase db) throws Exception {
            Learner learner = new LearnersService(() -> db, 1000).add("Benchmark", Optional.empty());
            store = new StoreService(() -> db);
            attempt = store.startAttempt(learner.id(), new QuizRef("p", "c", "m", "quiz", "en"), 1);
        }

        void round(List<Long> times) throws Exception {
            for (int i = 0; i < PER_ROUND; i++) {
                long start = System.nanoTime();
                store.recordAnswer(attempt.id(), "item-" + item++, new Response.Text("answer " + item), 1,
                        Duration.ofSeconds(5));
                long elapsed = System.nanoTime() - start;
                if (times != null) {
                    times.add(elapsed);
                }
            }
        }
    }

    private static double mean(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    private static void print(String name, List<Long> times) {
        System.out.printf("%-44s %10.3f %10.3f %10.3f%n", name, percentile(times, 50), percentile(times, 99),
                mean(times));
    }

    private static double percentile(List<Long> times, int percent) {
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
