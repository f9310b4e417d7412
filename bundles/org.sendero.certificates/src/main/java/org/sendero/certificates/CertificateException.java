package org.sendero.certificates;

/** A certificate that cannot be issued, or a key that cannot be trusted: the message says why, in one line. */
public class CertificateException extends Exception {

    private static final long serialVersionUID = 1L;

    public CertificateException(String message) {
        super(message);
    }

    public CertificateException(String message, Throwable cause) {
        super(message, cause);
    }
}
