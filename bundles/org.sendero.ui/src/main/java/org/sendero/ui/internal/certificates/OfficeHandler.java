package org.sendero.ui.internal.certificates;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.sendero.certificates.OfficeIdentity;

import jakarta.inject.Named;

/** Trainer > Certificates office…: opens the dialog with the office setting. */
public final class OfficeHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, OfficeIdentity identity) {
        new OfficeDialog(shell, identity).open();
    }
}
