package org.sendero.ui.internal.update;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.sendero.update.ProductUpdater;

import jakarta.inject.Named;

/**
 * Help > Check for updates…: opens the update dialog and, once an update is installed, restarts
 * the workbench into the new version (the launcher starts Sendero again on a restart).
 */
public final class CheckForUpdatesHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, ProductUpdater updater, IWorkbench workbench) {
        if (new UpdateDialog(shell, updater).open() == UpdateDialog.INSTALLED) {
            workbench.restart();
        }
    }
}
