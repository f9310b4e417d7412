package org.sendero.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.osgi.util.NLS;
import org.sendero.core.ContentImporter;

/**
 * One import, run on a thread of its own while the progress dialog waits for it. Cancel
 * interrupts that thread: the importer gives up before it changes anything, or, when it is already
 * past that point, finishes, and the outcome says which happened.
 */
public final class CancellableImport implements IRunnableWithProgress {

    /** What became of the import: exactly one of imported and failure is present. */
    public record Outcome(Optional<String> imported, Optional<IOException> failure, boolean cancelRequested) {
        public boolean cancelled() {
            return cancelRequested && failure.isPresent();
        }
    }

    private final ContentImporter importer;
    private final Path source;
    private volatile Outcome outcome;

    public CancellableImport(ContentImporter importer, Path source) {
        this.importer = importer;
        this.source = source;
    }

    @Override
    public void run(IProgressMonitor monitor) {
        monitor.beginTask(NLS.bind(Messages.ImportHandler_progress, source.getFileName()), IProgressMonitor.UNKNOWN);
        FutureTask<String> task = new FutureTask<>(() -> importer.importFrom(source));
        Thread worker = new Thread(task, "sendero-import");
        worker.setDaemon(true);
        worker.start();
        boolean cancelRequested = false;
        try {
            while (true) {
                try {
                    outcome = new Outcome(Optional.of(task.get(100, TimeUnit.MILLISECONDS)), Optional.empty(),
                            cancelRequested);
                    return;
                } catch (TimeoutException e) {
                    if (monitor.isCanceled() && !cancelRequested) {
                        cancelRequested = true;
                        worker.interrupt();
                    }
                } catch (ExecutionException e) {
                    outcome = new Outcome(Optional.empty(), Optional.of(asIOException(e.getCause())), cancelRequested);
                    return;
                } catch (InterruptedException e) {
                    // the dialog's own thread is not interrupted by Cancel; if it is, stop the import too
                    cancelRequested = true;
                    worker.interrupt();
                }
            }
        } finally {
            monitor.done();
        }
    }

    private static IOException asIOException(Throwable cause) {
        return cause instanceof IOException io ? io
                : new IOException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
    }

    public Outcome outcome() {
        return outcome;
    }
}
