package org.sendero.feed;

import java.util.Optional;

import org.sendero.core.content.PackVersion;

/**
 * One pack as a feed's feed.json lists it.
 *
 * @param file the .sendero file's name in the feed (a plain name, never a path)
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its bytes, lowercase hex
 * @param signer the fingerprint of the key that signed it, as the feed says; checked again on the
 *        downloaded file before anything is installed
 */
public record FeedPack(String id, PackVersion version, String file, long size, String sha256,
        Optional<String> signer) {

    public FeedPack {
        signer = signer == null ? Optional.empty() : signer;
    }
}
