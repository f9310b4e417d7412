package org.sendero.certificates;

import java.nio.file.Path;

/** A certificate written to {@code file}, with its verification code. */
public record IssuedCertificate(Path file, Certificate certificate, String code, String fingerprint) {
}
