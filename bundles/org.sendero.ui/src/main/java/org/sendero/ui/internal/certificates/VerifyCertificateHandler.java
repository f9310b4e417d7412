package org.sendero.ui.internal.certificates;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.sendero.certificates.CertificateVerifier;

import jakarta.inject.Named;

/** Trainer > Verify a certificate…: opens the dialog with the verifier service. */
public final class VerifyCertificateHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, CertificateVerifier verifier) {
        new VerifyCertificateDialog(shell, verifier).open();
    }
}
