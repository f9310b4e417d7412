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
import org.sendero.progress.internal.db.ProgressDatabase;

/**
 * Kills a JVM that is answering questions with SIGKILL (no shutdown hook, no finally, no close)
 * at random moments, many times over, and checks after each kill that every answer the store had
 * acknowledged is in the database and that the database is intact.
 */
class CrashTest {

    private static final int KILLS = 50;

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedAnswerSurvivesRepeatedKills() throws Exception {
        Path database = temp.resolve("progress.db");
        Path acknowledged = temp.resolve("acknowledged.log");
        Random random = new Random(20261127);
        for (int kill = 1; kill <= KILLS; kill++) {
            Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    AnsweringLoop.class.getName(), database.toString(), acknowledged.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            awaitLine(child, "ANSWERING");
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
                Set<String> stored = opened.read(connection -> {
                    Set<String> ids = new HashSet<>();
                    try (ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM answer")) {
                        while (rows.next()) {
                            ids.add(rows.getString(1));
                        }
                    }
                    return ids;
                });
                Set<String> lost = new HashSet<>(acknowledgedIds);
                lost.removeAll(stored);
                assertEquals(Set.of(), lost, "acknowledged but missing after kill " + kill);
                // at most the answer in flight when the kill came is stored but not yet acknowledged
                assertTrue(stored.size() - acknowledgedIds.size() <= kill, "kill " + kill);
            }
        }
        assertTrue(acknowledgedIds(acknowledged).size() > KILLS, "the children answered too little to test anything");
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
