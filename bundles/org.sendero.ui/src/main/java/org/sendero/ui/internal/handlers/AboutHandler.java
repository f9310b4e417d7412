package org.sendero.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.sendero.core.SenderoEnvironment;

import jakarta.inject.Named;

/** Help > About: the version, the build date and where the data is kept. */
public final class AboutHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, SenderoEnvironment environment) {
        MessageDialog.openInformation(shell, Messages.AboutHandler_title, aboutText(environment));
    }

    public static String aboutText(SenderoEnvironment environment) {
        return NLS.bind(Messages.AboutHandler_text, environment.product().describe(),
                environment.dataFolder().root());
    }
}
