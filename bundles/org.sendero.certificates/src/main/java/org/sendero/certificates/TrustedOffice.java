package org.sendero.certificates;

import java.security.PublicKey;

/**
 * An office whose public key this PC trusts to sign certificates.
 *
 * @param fingerprint SHA256:... in the form pack signers are shown
 */
public record TrustedOffice(String office, String fingerprint, PublicKey key) {
}
