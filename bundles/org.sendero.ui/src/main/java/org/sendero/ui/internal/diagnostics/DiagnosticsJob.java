package org.sendero.ui.internal.diagnostics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.sendero.diagnostics.Diagnostics;
import org.sendero.diagnostics.DiagnosticsProgress;
import org.sendero.diagnostics.SavedDiagnostics;

/**
 * Writes the diagnostics file off the UI thread. Its steps go to the job's monitor and to
 * {@code shown} (the progress the user sees), and either may cancel it. The outcome is kept for
 * whoever waits for the job's end.
 */
public final class DiagnosticsJob extends Job {

    /** How the writing ended: saved, failed with a reason, or cancelled. */
    public record Outcome(Optional<SavedDiagnostics> saved, Optional<String> failure) {

        public boolean cancelled() {
            return saved.isEmpty() && failure.isEmpty();
        }
    }

    private final Diagnostics diagnostics;
    private final Path file;
    private final DiagnosticsProgress shown;
    private volatile Outcome outcome = new Outcome(Optional.empty(), Optional.empty());

    DiagnosticsJob(Diagnostics diagnostics, Path file, DiagnosticsProgress shown) {
        super(Messages.SaveDiagnostics_title);
        this.diagnostics = diagnostics;
        this.file = file;
        this.shown = shown;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(Messages.SaveDiagnostics_gathering, IProgressMonitor.UNKNOWN);
        DiagnosticsProgress both = new DiagnosticsProgress() {
            @Override
            public void step(String what, int done, int total) {
                monitor.subTask(what);
                shown.step(what, done, total);
            }

            @Override
            public boolean cancelled() {
                return monitor.isCanceled() || shown.cancelled();
            }
        };
        try {
            outcome = new Outcome(Optional.of(diagnostics.save(file, both)), Optional.empty());
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            outcome = new Outcome(Optional.empty(), Optional.of(reason));
            // the user is told in a dialog; the job's own status stays OK so that no second report appears
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    public Outcome outcome() {
        return outcome;
    }
}
