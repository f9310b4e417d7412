package org.sendero.certificates;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The offices whose certificates this PC accepts: their public keys, kept in the data folder
 * ({@code certificates/trusted}). A service.
 */
public interface TrustedOffices {

    List<TrustedOffice> list() throws CertificateException;

    /**
     * Trusts the public key in {@code file}: an office key file as {@code sendero certificate
     * public-key} writes it, or a PEM public key ("BEGIN PUBLIC KEY"), for which {@code office}
     * names the office.
     */
    TrustedOffice trust(Path file, Optional<String> office) throws CertificateException;

    /**
     * The office key file that others trust: the office's name and the public key of the private key
     * in {@code privateKey}, in the form {@link #trust} reads.
     */
    String publicKeyFile(Path privateKey, String office) throws CertificateException;
}
