package org.sendero.ui.internal.backup;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
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
 * File > Back up…: writes a backup of the learners' records, notes, pack list and settings to the
 * file the user names (a memory stick, a share), then shows what it holds.
 */
public final class BackupHandler {

    @CanExecute
    public boolean canExecute(@Optional @Service Backups backups) {
        return backups != null;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, @Service Backups backups) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Backup_chooseTitle);
        dialog.setFileName("sendero-backup-" + LocalDate.now() + ".zip");
        dialog.setFilterExtensions(new String[] { "*.zip", "*.*" });
        dialog.setFilterNames(new String[] { Messages.Backup_filterBackups, Messages.Backup_filterAll });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            backUpTo(shell, backups, Path.of(chosen));
        }
    }

    /** Writes the backup and says what it holds, or why there is none. */
    public void backUpTo(Shell shell, Backups backups, Path file) {
        BackupSummary[] written = new BackupSummary[1];
        BackupException[] failure = new BackupException[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                written[0] = backups.backUp(file);
            } catch (BackupException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(shell, Messages.Backup_failedTitle, failure[0].getMessage());
            return;
        }
        new BackupSummaryDialog(shell, Messages.Backup_writtenTitle, NLS.bind(Messages.Backup_writtenMessage, file),
                written[0], false).open();
    }
}
