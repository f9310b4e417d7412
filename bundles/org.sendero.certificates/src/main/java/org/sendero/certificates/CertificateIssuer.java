package org.sendero.certificates;

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
}
