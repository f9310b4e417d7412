package org.sendero.certificates;

import java.nio.file.Path;

/**
 * Checks certificates against the office public keys installed on this PC, without a network. A
 * service.
 */
public interface CertificateVerifier {

    /** Checks a verification code as printed under the QR code (spaces and line breaks ignored). */
    Verification verifyCode(String code);

    /**
     * Checks a certificate PDF: the code in its information dictionary, and that the fields stored
     * beside it are the signed ones.
     */
    Verification verifyPdf(Path pdf);
}
