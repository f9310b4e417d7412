package org.sendero.search.internal;

import java.nio.file.Path;
import java.util.List;

import org.sendero.search.IndexProgress;
import org.sendero.search.internal.index.PackSource;
import org.sendero.search.testing.Starter;

/**
 * Run in a child JVM by {@link CrashDuringIndexingTest}: indexes the starter pack committing every
 * {@value #COMMIT_EVERY} documents and, after document {@code N}, says so and waits to be killed.
 */
public final class CrashingIndexer {

    static final int COMMIT_EVERY = 20;

    private CrashingIndexer() {
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int stopAt = Integer.parseInt(args[1]);
        try (SearchEngine engine = new SearchEngine(index, (done, committed) -> {
            if (done == stopAt) {
                System.out.println("AT " + done);
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, COMMIT_EVERY)) {
            engine.update(List.of(PackSource.of(Starter.pack(), "starter")), IndexProgress.NONE, false);
        }
        System.out.println("DONE");
    }
}
