package org.sendero.content;

import java.util.Optional;

/**
 * What the user allowed for one install beyond the usual checks. A pack installed with a signature
 * is only replaced by a copy signed by the same key; a copy signed by another key, or not signed at
 * all, may have been made by someone else, so it is installed only when the user has seen the new
 * fingerprint and accepted it.
 *
 * @param force install the same or an older version again
 * @param acceptedSigner the fingerprint of a new key the user accepts for this pack
 * @param acceptUnsigned the user accepts that a signed pack is replaced by a copy without a signature
 */
public record InstallOptions(boolean force, Optional<String> acceptedSigner, boolean acceptUnsigned) {

    public static final InstallOptions NONE = new InstallOptions(false, Optional.empty(), false);

    public InstallOptions {
        acceptedSigner = acceptedSigner == null ? Optional.empty() : acceptedSigner.map(String::strip);
    }

    public static InstallOptions force(boolean force) {
        return new InstallOptions(force, Optional.empty(), false);
    }

    public InstallOptions acceptingSigner(String fingerprint) {
        return new InstallOptions(force, Optional.of(fingerprint), acceptUnsigned);
    }

    public InstallOptions acceptingUnsigned() {
        return new InstallOptions(force, acceptedSigner, true);
    }

    /** Whether a copy signed by {@code newSigner} (none: not signed) may replace a signed pack. */
    public boolean accepts(Optional<String> newSigner) {
        return newSigner.map(key -> acceptedSigner.filter(key::equals).isPresent()).orElse(acceptUnsigned);
    }
}
