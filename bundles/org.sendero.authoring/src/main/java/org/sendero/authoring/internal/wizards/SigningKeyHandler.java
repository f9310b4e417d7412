package org.sendero.authoring.internal.wizards;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Trainer > Signing key...: make, choose or forget the key that signs packs. */
public final class SigningKeyHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, SigningKeySetting keys) {
        new SigningKeyDialog(shell, keys).open();
    }
}
