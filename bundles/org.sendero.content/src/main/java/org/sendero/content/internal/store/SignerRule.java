package org.sendero.content.internal.store;

import java.util.Optional;

import org.sendero.content.InstallOptions;
import org.sendero.content.SignerChangeException;

/**
 * Who may replace an installed pack. Once a pack is installed with a signature, only a copy signed
 * by the same key replaces it without a question: a copy with the signature stripped or signed by
 * another key may have been made by anyone, so it needs the user's explicit acceptance of exactly
 * that new signer (or of no signer). A pack installed without a signature may be replaced by any
 * copy, signed or not.
 */
final class SignerRule {

    private SignerRule() {
    }

    static void check(String shown, String packId, Optional<String> installed, Optional<String> incoming,
            InstallOptions options) throws SignerChangeException {
        if (installed.isEmpty() || installed.equals(incoming) || options.accepts(incoming)) {
            return;
        }
        throw new SignerChangeException(shown, packId, installed.get(), incoming);
    }
}
