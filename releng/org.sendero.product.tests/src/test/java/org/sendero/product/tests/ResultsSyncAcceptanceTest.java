package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

/**
 * Results reach a real Learning Record Store from the unpacked archive: answered offline and sent
 * when the server comes up, exactly the statements of the export, each once; the secret kept in
 * secure storage and nowhere in clear; {@code sendero sync --now} killed with SIGKILL 20 times at
 * random moments of a push without losing or doubling anything; and the report read from the
 * server equal to the report from the exported file.
 */
class ResultsSyncAcceptanceTest {

    private static final String HOME = "https://training.example.org/tecun-uman/";
    private static final String SECRET = "n0t-in-any-file-7f3a";

    @Test
    void resultsRecordedOfflineReachTheLrsOnceThroughKillsAndReportTheSame() throws Exception {
        DataFolderSession session = DataFolderSession.fresh("results-sync");
        try (LocalLrs lrs = LocalLrs.start(Files.createDirectories(session.file("lrs")))) {
            // learners answer offline: nothing is set up yet, and the results wait on the computer
            for (String learner : List.of("Bea", "Carlos", "Dana")) {
                session.ok("learners", "add", learner);
                takeQuiz(session, learner);
            }
            assertTrue(session.ok("sync").out().contains("results kept on this computer: no results server is set up"));

            Path secret = session.file("secret.txt");
            Files.writeString(secret, SECRET + "\n");
            Result configured = session.runWithInput(secret, "sync", "--configure", "--endpoint",
                    lrs.endpoint().toString(), "--key", "office-tecun", "--secret-stdin", "--home-page", HOME);
            assertEquals(0, configured.exitCode(), configured.err());
            assertNoClearSecret(session.data);

            // the server is not reachable yet: one line, exit 1, nothing lost
            String down = session.fails(1, "sync", "--now");
            DataFolderSession.assertContains(down, "cannot reach the results server (127.0.0.1:");

            // a push in flight for seconds at a time, killed 20 times at random moments
            lrs.up();
            lrs.postDelay(Duration.ofMillis(1500));
            Random random = new Random(18);
            int killedMidPush = 0;
            for (int kill = 0; kill < 20; kill++) {
                // new answers, acknowledged, before each push, so that every push has something to send
                String learner = "Learner " + kill;
                session.ok("learners", "add", learner);
                takeQuiz(session, learner);
                ProcessBuilder push = session.product.sendero(false, "--data", session.data.toString(), "sync", "--now",
                        "--json");
                push.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
                Process process = push.start();
                if (kill % 2 == 0) {
                    // any moment from the start: loading, reading the outbox, posting, marking sent
                    Thread.sleep(1000 + random.nextInt(7000));
                } else {
                    // a moment of a push: waiting for the LRS, just after it stored the batch, marking sent
                    awaitPost(lrs, process);
                    Thread.sleep(random.nextInt(2200));
                }
                killedMidPush += lrs.postsInFlight() > 0 ? 1 : 0;
                List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
                all.add(process.toHandle());
                all.forEach(ProcessHandle::destroyForcibly); // SIGKILL: no shutdown hook, no finally
                process.waitFor(30, TimeUnit.SECONDS);
                all.forEach(handle -> handle.onExit().join());
            }
            assertTrue(killedMidPush >= 5, "pushes killed while a POST was in flight: " + killedMidPush);
            lrs.postDelay(Duration.ZERO);
            String pushed = session.ok("sync", "--now").out();
            assertTrue(pushed.startsWith("All results sent at "), pushed);
            assertTrue(pushed.contains("waiting: 0"), pushed);

            Path export = session.file("export.json");
            session.ok("progress", "export", "--format", "xapi", "--home-page", HOME, "-o", export.toString());
            List<String> exported = LocalLrs.exportedIds(export);
            assertTrue(exported.size() > 150, "23 learners' attempts: " + exported.size());
            Map<String, Integer> once = new HashMap<>();
            exported.forEach(id -> once.put(id, 1));
            assertEquals(once, lrs.storedIds(), "the LRS holds exactly the export's statements, each once");

            // the report from the server is the report from the exported file
            String fromFile = session.ok("report", export.toString(), "--json").out();
            String fromLrs = session.ok("report", "--lrs", "--since", "2000-01-01", "--json").out();
            assertEquals(fromFile.substring(fromFile.indexOf("\"problems\"")),
                    fromLrs.substring(fromLrs.indexOf("\"problems\"")));
            assertNoClearSecret(session.data);
        }
    }

    /** Waits until the push posts a batch (each POST is held 1.5 s), or the process ends. */
    private static void awaitPost(LocalLrs lrs, Process process) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lrs.postsInFlight() == 0 && process.isAlive() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    private static void takeQuiz(DataFolderSession session, String learner) throws Exception {
        Path answers = session.file("answers-" + learner + ".txt");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.addAll(List.of("1", "t", "abcde", "abcd", "abc", "12", "trata"));
        }
        Files.write(answers, lines);
        Result taken = session.runWithInput(answers, "quiz", "smug-definition-quiz", "--learner", learner);
        assertEquals(0, taken.exitCode(), taken.err());
    }

    /** The secret is in no file of the data folder (settings, logs, database), only encrypted in secure storage. */
    private static void assertNoClearSecret(Path data) throws Exception {
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(SECRET), file + " holds the secret in clear");
            }
        }
        assertTrue(Files.isRegularFile(data.resolve("sync/secure_storage")), "the secret is in secure storage");
    }
}
