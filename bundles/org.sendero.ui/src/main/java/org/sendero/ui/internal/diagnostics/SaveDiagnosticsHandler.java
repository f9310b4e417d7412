package org.sendero.ui.internal.diagnostics;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.sendero.diagnostics.Diagnostics;
import org.sendero.diagnostics.DiagnosticsProgress;
import org.sendero.diagnostics.SavedDiagnostics;

import jakarta.inject.Named;

/**
 * Help > Save diagnostics…: asks where to save the file for support, writes it in a job while a
 * progress dialog (with Cancel) shows what is being gathered, then says where it was saved.
 */
public final class SaveDiagnosticsHandler {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    @CanExecute
    public boolean canExecute(@Optional @Service Diagnostics diagnostics) {
        return diagnostics != null;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, @Service Diagnostics diagnostics) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.SaveDiagnostics_title);
        dialog.setOverwrite(true);
        dialog.setFileName("sendero-diagnostics-" + STAMP.format(LocalDateTime.now()) + ".zip");
        dialog.setFilterExtensions(new String[] { "*.zip", "*.*" });
        dialog.setFilterNames(new String[] { Messages.SaveDiagnostics_filter, Messages.SaveDiagnostics_filterAll });
        String chosen = dialog.open();
        if (chosen != null) {
            save(shell, diagnostics, Path.of(chosen));
        }
    }

    /** Writes the file in a job; the progress dialog stays open, and the answer comes, when the job ends. */
    public DiagnosticsJob save(Shell shell, Diagnostics diagnostics, Path file) {
        Display display = shell.getDisplay();
        ProgressMonitorDialog progress = new ProgressMonitorDialog(shell);
        progress.setCancelable(true);
        progress.setBlockOnOpen(false);
        progress.open();
        IProgressMonitor shown = progress.getProgressMonitor();
        shown.beginTask(Messages.SaveDiagnostics_gathering, IProgressMonitor.UNKNOWN);
        DiagnosticsJob job = new DiagnosticsJob(diagnostics, file, new DiagnosticsProgress() {
            @Override
            public void step(String what, int done, int total) {
                display.asyncExec(() -> {
                    if (!progress.getShell().isDisposed()) {
                        shown.subTask(what);
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return shown.isCanceled();
            }
        });
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.asyncExec(() -> {
                    progress.close();
                    if (!shell.isDisposed()) {
                        tell(shell, file, job.outcome());
                    }
                });
            }
        });
        job.schedule();
        return job;
    }

    private static void tell(Shell shell, Path file, DiagnosticsJob.Outcome outcome) {
        if (outcome.saved().isPresent()) {
            SavedDiagnostics saved = outcome.saved().get();
            int problems = saved.report().problems().size();
            String found = problems == 0 ? Messages.SaveDiagnostics_noProblem
                    : NLS.bind(Messages.SaveDiagnostics_problems, problems);
            MessageDialog.openInformation(shell, Messages.SaveDiagnostics_title,
                    NLS.bind(Messages.SaveDiagnostics_saved, saved.file()) + "\n\n" + found);
        } else if (outcome.failure().isPresent()) {
            MessageDialog.openError(shell, Messages.SaveDiagnostics_title,
                    NLS.bind(Messages.SaveDiagnostics_failed, file, outcome.failure().get()));
        } else {
            MessageDialog.openInformation(shell, Messages.SaveDiagnostics_title, Messages.SaveDiagnostics_cancelled);
        }
    }
}
