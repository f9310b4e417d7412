package org.sendero.ui.internal.certificates;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sendero.certificates.CertificateVerifier;
import org.sendero.certificates.Verification;

/**
 * Trainer > Verify a certificate…: a code pasted from the printed page, or a certificate PDF, is
 * checked against the office keys installed here, with no network, and the dialog says who signed
 * it and whether anything was changed.
 */
public final class VerifyCertificateDialog extends Dialog {

    private final CertificateVerifier verifier;
    private Text input;
    private Text result;

    public VerifyCertificateDialog(Shell parent, CertificateVerifier verifier) {
        super(parent);
        this.verifier = verifier;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Verify_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 12).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.Verify_intro);
        GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).grab(true, false).applyTo(intro);
        input = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        input.setMessage(Messages.Verify_empty);
        input.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = Messages.Verify_intro;
            }
        });
        GridDataFactory.fillDefaults().span(2, 1).hint(520, 70).grab(true, false).applyTo(input);
        Button choose = new Button(area, SWT.PUSH);
        choose.setText(Messages.Verify_choosePdf);
        choose.addListener(SWT.Selection, event -> choosePdf());
        Button verify = new Button(area, SWT.PUSH);
        verify.setText(Messages.Verify_verify);
        verify.addListener(SWT.Selection, event -> verify());
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(verify);
        result = new Text(area, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).hint(520, 190).grab(true, true).applyTo(result);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
    }

    private void choosePdf() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.pdf", "*" });
        dialog.setFilterNames(new String[] { Messages.Verify_filterPdf, "*" });
        String file = dialog.open();
        if (file != null) {
            input.setText(file);
            verify();
        }
    }

    /** Checks what was typed: a PDF when it names an existing file, else a code. */
    private void verify() {
        String typed = input.getText().strip();
        if (typed.isEmpty()) {
            result.setText(Messages.Verify_empty);
            return;
        }
        Path file = asFile(typed);
        Verification checked = file != null ? verifier.verifyPdf(file) : verifier.verifyCode(typed);
        result.setText(VerificationText.of(checked));
    }

    private static Path asFile(String typed) {
        try {
            Path path = Path.of(typed);
            return typed.length() < 1000 && Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
