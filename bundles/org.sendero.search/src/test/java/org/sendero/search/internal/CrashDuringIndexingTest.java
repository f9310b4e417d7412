package org.sendero.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.search.IndexProgress;
import org.sendero.search.IndexReport;
import org.sendero.search.SearchRequest;
import org.sendero.search.internal.index.IndexState;
import org.sendero.search.internal.index.PackDocuments;
import org.sendero.search.internal.index.PackSource;
import org.sendero.search.testing.Starter;

/**
 * Kills a real JVM (SIGKILL: no shutdown hook, no finally) in the middle of indexing and checks
 * that the last commit is readable and sound, and that the next update finishes the work.
 */
class CrashDuringIndexingTest {

    @TempDir
    Path temp;

    @Test
    void killedBetweenCommitsTheLastCommitIsWholeAndTheNextUpdateFinishes() throws Exception {
        Path index = temp.resolve("index");
        killAfter(index, 50);
        int all = PackDocuments.of(Starter.pack()).size();
        int committed = 40; // commits every 20 documents; the 10 after the second commit are lost
        try (FSDirectory directory = FSDirectory.open(index)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(committed, IndexState.read(reader).documents());
            }
            try (CheckIndex check = new CheckIndex(directory)) {
                assertTrue(check.checkIndex().clean);
            }
        }
        try (SearchEngine engine = new SearchEngine(index)) {
            IndexReport report = engine.update(List.of(PackSource.of(Starter.pack(), "starter")), IndexProgress.NONE,
                    false);
            assertFalse(report.rebuilt());
            assertEquals(all - committed, report.added());
            assertEquals(committed, report.unchanged());
            assertTrue(engine.check(List.of(PackSource.of(Starter.pack(), "starter"))).ok());
            assertEquals("tip-indicators",
                    engine.search(SearchRequest.of("trafficking indicators")).hits().get(0).doc());
        }
    }

    @Test
    void killedBeforeTheFirstCommitThereIsNoHalfIndex() throws Exception {
        Path index = temp.resolve("index");
        killAfter(index, 10);
        try (FSDirectory directory = FSDirectory.open(index)) {
            assertFalse(DirectoryReader.indexExists(directory), "nothing was committed, so there is no index");
        }
        try (SearchEngine engine = new SearchEngine(index)) {
            assertEquals(0, engine.search(SearchRequest.of("trafficking")).total());
            IndexReport report = engine.update(List.of(PackSource.of(Starter.pack(), "starter")), IndexProgress.NONE,
                    false);
            assertEquals(PackDocuments.of(Starter.pack()).size(), report.added());
        }
    }

    private static void killAfter(Path index, int documents) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingIndexer.class.getName(), index.toString(), Integer.toString(documents))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String expected = "AT " + documents;
        String line;
        while ((line = out.readLine()) != null && !line.equals(expected)) {
            // the child prints nothing else before the step
        }
        assertEquals(expected, line, "the child ended without reaching document " + documents);
        child.destroyForcibly();
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child did not die");
    }
}
