package org.sendero.ui.internal.backup;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.sendero.backup.BackupException;
import org.sendero.backup.BackupSummary;
import org.sendero.backup.Backups;

import jakarta.inject.Named;

/**
 * File > Restore…: checks the backup the user picks and shows what it holds; after Restore, the
 * backup is put in place when Sendero starts again (the running workbench keeps the records
 * open), and Sendero offers to restart at once.
 */
public final class RestoreHandler {

    /** What came of a restore the user started. */
    public enum Outcome {
        REFUSED, CANCELLED, AT_NEXT_START
    }

    @CanExecute
    public boolean canExecute(@Optional @Service Backups backups) {
        return backups != null;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, @Service Backups backups, IWorkbench workbench) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.Restore_chooseTitle);
        dialog.setFilterExtensions(new String[] { "*.zip", "*.*" });
        dialog.setFilterNames(new String[] { Messages.Backup_filterBackups, Messages.Backup_filterAll });
        String chosen = dialog.open();
        if (chosen != null && restoreFrom(shell, backups, Path.of(chosen)) == Outcome.AT_NEXT_START
                && MessageDialog.openQuestion(shell, Messages.Restore_restartTitle, Messages.Restore_restartQuestion)) {
            workbench.restart();
        }
    }

    /** Checks the backup, shows it, and on Restore sets it to be restored at the next start. */
    public Outcome restoreFrom(Shell shell, Backups backups, Path file) {
        BackupSummary[] summary = new BackupSummary[1];
        BackupException[] failure = new BackupException[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                summary[0] = backups.inspect(file);
            } catch (BackupException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(shell, Messages.Restore_refusedTitle, failure[0].getMessage());
            return Outcome.REFUSED;
        }
        BackupSummaryDialog confirm = new BackupSummaryDialog(shell, Messages.Restore_title,
                NLS.bind(Messages.Restore_message, file), summary[0], true);
        if (confirm.open() != Window.OK) {
            return Outcome.CANCELLED;
        }
        try {
            backups.restoreAtNextStart(file);
            return Outcome.AT_NEXT_START;
        } catch (BackupException e) {
            MessageDialog.openError(shell, Messages.Restore_refusedTitle, e.getMessage());
            return Outcome.REFUSED;
        }
    }
}
