package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.certificates.Certificate;
import org.sendero.certificates.CertificateVerifier;
import org.sendero.certificates.Score;
import org.sendero.certificates.TrustedOffice;
import org.sendero.certificates.TrustedOffices;
import org.sendero.ui.internal.certificates.Messages;
import org.sendero.ui.internal.certificates.VerifyCertificateDialog;

/**
 * Trainer > Verify a certificate…: a code made as the documented format says, by an office whose
 * key file was installed, is valid in the dialog; the same code with another name is not.
 */
class VerifyCertificateDialogTest {

    private static final String OFFICE = "Oficina de Migración de Ciudad Hidalgo";

    @TempDir
    Path temp;

    private PartHarness window;
    private VerifyCertificateDialog dialog;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
    }

    @AfterEach
    void closeWindow() {
        if (dialog != null) {
            dialog.close();
        }
        window.close();
    }

    /** The code exactly as docs/PROGRESS.md describes it, made with the JDK alone. */
    private static String code(Certificate certificate, KeyPair keys) throws Exception {
        byte[] data = certificate.canonical();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(data);
        byte[] signature = signer.sign();
        byte[] keyId = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(keys.getPublic().getEncoded()), 8);
        byte[] tail = new byte[72];
        System.arraycopy(keyId, 0, tail, 0, 8);
        System.arraycopy(signature, 0, tail, 8, 64);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return "SC1." + base64.encodeToString(data) + "." + base64.encodeToString(tail);
    }

    private String check(String typed) {
        List<Text> texts = Controls.all(dialog.getShell(), Text.class);
        texts.get(0).setText(typed);
        Button verify = Controls.all(dialog.getShell(), Button.class).stream()
                .filter(button -> button.getText().equals(Messages.Verify_verify)).findFirst().orElseThrow();
        verify.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        return texts.get(1).getText();
    }

    @Test
    void aCodeFromATrustedOfficeIsValidAndAChangedNameIsNot() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path keyFile = Files.writeString(temp.resolve("hidalgo.pub"), "office: " + OFFICE + "\nalgorithm: Ed25519\n"
                + "public-key: " + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n",
                StandardCharsets.UTF_8);
        TrustedOffice trusted = window.context.get(TrustedOffices.class).trust(keyFile, Optional.empty());
        Certificate certificate = new Certificate("fr", "Ana Lucía Reyes", "border-interviews",
                "Entretiens à la frontière", "office-pack", "1.2.0", LocalDate.of(2026, 12, 7),
                List.of(new Score("m1", 90)), OFFICE);
        Certificate renamed = new Certificate("fr", "Someone Else", "border-interviews",
                "Entretiens à la frontière", "office-pack", "1.2.0", LocalDate.of(2026, 12, 7),
                List.of(new Score("m1", 90)), OFFICE);
        String code = code(certificate, keys);
        String[] parts = code.split("\\.");
        String forged = "SC1." + Base64.getUrlEncoder().withoutPadding().encodeToString(renamed.canonical()) + "."
                + parts[2];
        dialog = new VerifyCertificateDialog(window.shell, window.context.get(CertificateVerifier.class));
        dialog.setBlockOnOpen(false);
        dialog.open();

        String valid = check(code.substring(0, 40) + "\n" + code.substring(40));
        String changed = check(forged);
        String nonsense = check("not a code at all");

        assertTrue(valid.startsWith(NLS.bind(Messages.Verify_valid, OFFICE, trusted.fingerprint())), valid);
        assertTrue(valid.contains("Ana Lucía Reyes"), valid);
        assertTrue(changed.startsWith(Messages.Verify_changed), changed);
        assertTrue(changed.contains("Someone Else"), "what the forged code claims is shown: " + changed);
        assertEquals(Messages.Verify_unreadable, nonsense);
    }
}
