import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.QuizRef;
import org.sendero.progress.internal.LearnersService;
import org.sendero.progress.internal.StoreService;
import org.sendero.progress.internal.db.ProgressDatabase;

/**
 * Answer commit latency: ProgressStore.recordAnswer (one committed transaction, WAL,
 * synchronous=FULL) against a raw 1 KB append + fdatasync to a file in the same folder, in
 * alternating rounds in one process, after a warm-up.
 *
 * Arguments: FOLDER (on the disk to measure) and ROUNDS (of 100 operations of each kind).
 */
public class ProgressBenchmark {

    private static final int PER_ROUND = 100;

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Files.createDirectories(folder);
        Path database = folder.resolve("progress.db");
        Path raw = folder.resolve("raw-append.bin");
        Files.deleteIfExists(database);
        Files.deleteIfExists(raw);
        byte[] kilobyte = new byte[1024];
        Arrays.fill(kilobyte, (byte) 'x');
        List<Long> answerTimes = new ArrayList<>();
        List<Long> rawTimes = new ArrayList<>();
        try (ProgressDatabase db = ProgressDatabase.open(database, Clock.systemUTC());
                FileChannel channel = FileChannel.open(raw, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
            Learner learner = new LearnersService(() -> db, 1000).add("Benchmark", Optional.empty());
            StoreService store = new StoreService(() -> db);
            Attempt attempt = store.startAttempt(learner.id(), new QuizRef("p", "c", "m", "quiz", "en"), 1);
            int item = 0;
            for (int round = -2; round < rounds; round++) {
                boolean warmUp = round < 0;
                for (int i = 0; i < PER_ROUND; i++) {
                    long start = System.nanoTime();
                    store.recordAnswer(attempt.id(), "item-" + item++, new Response.Text("answer " + item), 1,
                            Duration.ofSeconds(5));
                    long elapsed = System.nanoTime() - start;
                    if (!warmUp) {
                        answerTimes.add(elapsed);
                    }
                }
                for (int i = 0; i < PER_ROUND; i++) {
                    long start = System.nanoTime();
                    channel.write(ByteBuffer.wrap(kilobyte));
                    channel.force(false);
                    long elapsed = System.nanoTime() - start;
                    if (!warmUp) {
                        rawTimes.add(elapsed);
                    }
                }
            }
        }
        System.out.printf("folder: %s (%s)%n", folder, Files.getFileStore(folder).type());
        System.out.printf("operations: %d of each, %d rounds of %d, alternating, after 2 warm-up rounds%n",
                answerTimes.size(), rounds, PER_ROUND);
        System.out.printf("%-40s %10s %10s %10s%n", "", "p50 ms", "p99 ms", "mean ms");
        print("raw 1 KB append + fdatasync", rawTimes);
        print("recordAnswer (committed)", answerTimes);
        System.out.printf("ratio p50: %.2fx, p99: %.2fx (target at most 2x)%n",
                percentile(answerTimes, 50) / percentile(rawTimes, 50), percentile(answerTimes, 99) / percentile(rawTimes, 99));
        Files.deleteIfExists(raw);
    }

    private static void print(String name, List<Long> times) {
        double mean = times.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        System.out.printf("%-40s %10.3f %10.3f %10.3f%n", name, percentile(times, 50), percentile(times, 99), mean);
    }

    private static double percentile(List<Long> times, int percent) {
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
