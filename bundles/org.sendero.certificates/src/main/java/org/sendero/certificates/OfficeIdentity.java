package org.sendero.certificates;

import java.util.Optional;

/**
 * Which office issues certificates on this PC. While it is set, completing a course issues its
 * certificate by itself; while it is not, certificates are issued only on request. A service.
 */
public interface OfficeIdentity {

    /** The office, or empty when certificates are issued only on request. */
    Optional<OfficeSettings> settings() throws CertificateException;

    /**
     * Keeps the office for the next completions, after checking that its key can sign.
     *
     * @throws CertificateException when the name is empty, the key cannot be read or the language is
     *         not en, es or fr
     */
    void save(OfficeSettings settings) throws CertificateException;

    /** Stops issuing certificates by themselves. */
    void clear() throws CertificateException;
}
