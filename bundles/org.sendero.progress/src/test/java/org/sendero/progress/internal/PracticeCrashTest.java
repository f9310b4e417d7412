package org.sendero.progress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.progress.PracticeAnswer;
import org.sendero.progress.internal.db.ProgressDatabase;

/**
 * Kills a JVM in the middle of a practice session with SIGKILL (no close, no finally) at random
 * moments, again and again, and checks after each kill that every practice answer it had been
 * told was recorded is in the database, and that the boxes can still be worked out from them.
 */
class PracticeCrashTest {

    private static final int KILLS = 20;

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedPracticeAnswerSurvivesAKill() throws Exception {
        Path database = temp.resolve("progress.db");
        Path acknowledged = temp.resolve("acknowledged.log");
        Random random = new Random(20261207);
        for (int kill = 1; kill <= KILLS; kill++) {
            Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    PracticeLoop.class.getName(), database.toString(), acknowledged.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            awaitLine(child, "PRACTISING");
            Thread.sleep(random.nextInt(150));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
            assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");

            Set<String> acknowledgedIds = acknowledgedIds(acknowledged);
            try (ProgressDatabase opened = ProgressDatabase.open(database, Clock.systemUTC())) {
                assertEquals("ok", opened.read(connection -> {
                    try (ResultSet row = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
                        row.next();
                        return row.getString(1);
                    }
                }), "after kill " + kill);
                String learnerId = new LearnersService(() -> opened, 1000).byName("crash").orElseThrow().id();
                List<PracticeAnswer> stored = new PracticeComponent(() -> opened).answers(learnerId);
                Set<String> storedIds = new HashSet<>(stored.stream().map(PracticeAnswer::id).toList());
                Set<String> lost = new HashSet<>(acknowledgedIds);
                lost.removeAll(storedIds);
                assertEquals(Set.of(), lost, "acknowledged but missing after kill " + kill);
                // at most the answer in flight at each kill is stored without having been acknowledged
                assertTrue(storedIds.size() - acknowledgedIds.size() <= kill, "kill " + kill);
                // the boxes replayed from what survived: every answer moved its item as the rules say
                for (PracticeAnswer answer : stored) {
                    int expected = answer.credit() < 1 ? 1 : Math.min(answer.boxBefore() + 1, 5);
                    assertEquals(expected, answer.boxAfter(), answer.toString());
                }
            }
        }
        assertTrue(acknowledgedIds(acknowledged).size() > KILLS, "the children practised too little to test anything");
    }

    /** The complete lines of the log; a line cut by the kill was never acknowledged. */
    private static Set<String> acknowledgedIds(Path log) throws IOException {
        if (!Files.exists(log)) {
            return Set.of();
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        List<String> lines = end < 0 ? List.of() : text.substring(0, end).lines().toList();
        return new HashSet<>(lines);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void awaitLine(Process child, String expected) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(expected)) {
                return;
            }
        }
        throw new AssertionError("the child ended without printing " + expected);
    }
}
