package org.sendero.certificates;

import java.util.List;
import java.util.Optional;

/**
 * The result of checking a certificate or a verification code, entirely offline.
 *
 * @param certificate what the code states, when it could be read (also when it was changed or not
 *        trusted: then it is what someone claims, not a fact)
 * @param signer the trusted office whose key made the signature
 * @param changed the fields found changed, when that can be told (a PDF's fields against its code)
 * @param reason one line in English for the command line, e.g. "the learner's name was changed"
 */
public record Verification(Outcome outcome, Optional<Certificate> certificate, Optional<TrustedOffice> signer,
        List<Field> changed, String reason) {

    public Verification {
        changed = List.copyOf(changed);
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    public static Verification unreadable(String reason) {
        return new Verification(Outcome.UNREADABLE, Optional.empty(), Optional.empty(), List.of(), reason);
    }
}
