package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.sendero.ui.internal.handlers.CancellableImport;

/** File > Import… with Cancel: the import's own thread is stopped, the dialog's is not blocked. */
class CancellableImportTest {

    @Test
    void cancelStopsAnImportThatHasNotFinishedAndSaysSo() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CancellableImport run = new CancellableImport(source -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
                return "imported";
            } catch (InterruptedException e) {
                throw new InterruptedIOException("cancelled: nothing was installed");
            }
        }, Path.of("big.sendero"));
        Thread dialog = cancelOnceStarted(run, started);
        assertFalse(dialog.isAlive(), "the dialog's thread returns soon after Cancel");
        assertTrue(run.outcome().cancelled());
        assertEquals(Optional.empty(), run.outcome().imported());
    }

    @Test
    void anImportPastThePointOfNoReturnFinishesAndIsReportedAsDone() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CancellableImport run = new CancellableImport(source -> {
            started.countDown();
            // like an install already swapping its folder: it does not give up when interrupted
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return "Installed " + source.getFileName();
        }, Path.of("small.sendero"));
        cancelOnceStarted(run, started);
        assertEquals(Optional.of("Installed small.sendero"), run.outcome().imported());
        assertFalse(run.outcome().cancelled());
    }

    @Test
    void aFailureIsPassedOnWithItsMessage() {
        CancellableImport run = new CancellableImport(source -> {
            throw new IOException(source + ":3:1: error: broken YAML");
        }, Path.of("broken.sendero"));
        run.run(new NullProgressMonitor());
        assertEquals("broken.sendero:3:1: error: broken YAML", run.outcome().failure().orElseThrow().getMessage());
        assertFalse(run.outcome().cancelled());
    }

    /** Runs the import on a thread of its own, as the progress dialog does, and presses Cancel once it has begun. */
    private static Thread cancelOnceStarted(CancellableImport run, CountDownLatch started) throws InterruptedException {
        NullProgressMonitor monitor = new NullProgressMonitor();
        Thread dialog = new Thread(() -> run.run(monitor));
        dialog.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        monitor.setCanceled(true);
        dialog.join(10_000);
        return dialog;
    }
}
