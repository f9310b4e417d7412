package org.sendero.certificates.internal.sign;

import java.util.List;
import java.util.Optional;

import org.sendero.certificates.Certificate;
import org.sendero.certificates.Field;
import org.sendero.certificates.Outcome;
import org.sendero.certificates.TrustedOffice;
import org.sendero.certificates.Verification;

/** Checks a verification code against the trusted offices' keys. */
public final class CodeCheck {

    private final TrustStore trust;

    public CodeCheck(TrustStore trust) {
        this.trust = trust;
    }

    public Verification check(String code) {
        VerificationCode.Signed signed;
        try {
            signed = VerificationCode.decode(code);
        } catch (IllegalArgumentException e) {
            return Verification.unreadable(e.getMessage());
        }
        Certificate certificate = signed.certificate();
        Optional<TrustedOffice> office = trust.byKeyId(signed.keyId());
        if (office.isEmpty()) {
            return new Verification(Outcome.UNTRUSTED, Optional.of(certificate), Optional.empty(), List.of(),
                    "not signed by a trusted office (key id " + signed.keyIdHex() + ", naming itself '"
                            + certificate.office()
                            + "'); trust that office's key with: sendero certificate trust FILE");
        }
        if (!signed.verifies(office.get().key())) {
            return new Verification(Outcome.CHANGED, Optional.of(certificate), Optional.empty(), List.of(),
                    "changed after it was signed: the signature of " + office.get().office()
                            + " does not match the certificate's data");
        }
        if (!office.get().office().equals(certificate.office())) {
            // a trusted key vouches for the office it was trusted as, never for a name it writes
            return new Verification(Outcome.CHANGED, Optional.of(certificate), office, List.of(Field.OFFICE),
                    "names the office '" + certificate.office() + "' but is signed by the key of '"
                            + office.get().office() + "' (" + office.get().fingerprint() + ")");
        }
        return new Verification(Outcome.VALID, Optional.of(certificate), office, List.of(),
                "valid: signed by " + office.get().office() + " (" + office.get().fingerprint() + ")");
    }
}
