package org.sendero.feed;

/**
 * A key whose packs this PC installs from a feed.
 *
 * @param fingerprint SHA256:... as {@code sendero packs} and {@code sendero pack --sign} show it
 * @param name who the key belongs to, as the user wrote it (may be empty)
 */
public record TrustedPublisher(String fingerprint, String name) {

    public TrustedPublisher {
        name = name == null ? "" : name.strip();
    }
}
