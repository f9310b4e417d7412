package org.sendero.feed;

import java.util.Optional;

import org.sendero.core.content.PackVersion;

/**
 * A pack a feed holds that is newer than the installed version (or not installed at all).
 *
 * @param feed the feed's folder or URL, as configured
 * @param installed the version installed now, if any
 * @param trust what the feed says about its signer; the downloaded file is checked again
 */
public record FeedOffer(String feed, FeedPack pack, Optional<PackVersion> installed, Trust trust) {

    /** One line for the user, e.g. "refugee-law 1.1.0 → 1.2.0, signed by a trusted publisher". */
    public String describe() {
        String versions = installed.map(old -> pack.id() + " " + old + " -> " + pack.version())
                .orElse(pack.id() + " " + pack.version() + " (new)");
        String signature = switch (trust) {
            case TRUSTED -> "signed by " + pack.signer().orElseThrow() + " (trusted publisher)";
            case UNKNOWN_SIGNER -> "signed by " + pack.signer().orElseThrow() + " (not a trusted publisher)";
            case UNSIGNED -> "not signed";
        };
        return versions + ", " + signature + ", from " + feed;
    }
}
