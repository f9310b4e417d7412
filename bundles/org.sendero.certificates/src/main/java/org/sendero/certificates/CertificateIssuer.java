package org.sendero.certificates;

import java.nio.file.Path;
import java.util.Optional;

/** Issues certificates of completion, only for courses a learner has completed. A service. */
public interface CertificateIssuer {

    /**
     * Writes the certificate PDF whole or not at all, signed by the office's key, and trusts that
     * key on this PC so the office can check its own certificates.
     *
     * @throws CertificateException when the learner or course is unknown, the course is not complete,
     *         the key cannot be read or the file cannot be written
     */
    IssuedCertificate issue(IssueRequest request) throws CertificateException;

    /**
     * The certificate already issued for the learner and course in the data folder (where {@link #issue}
     * writes it without an output), or empty.
     */
    Optional<Path> issued(String learner, String courseId);
}
