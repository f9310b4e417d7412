package org.sendero.feed;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Content packs from office feeds: a folder (memory stick, shared drive) or an HTTPS URL with a
 * feed.json and the .sendero files it lists. A service.
 */
public interface PackFeeds {

    /** Writes {@code folder}/feed.json from the .sendero files in it; returns the packs listed. */
    List<FeedPack> build(Path folder) throws FeedException;

    /** What {@code from} (or, when empty, every configured feed) holds that is newer than installed. */
    FeedCheck check(Optional<String> from);

    /**
     * Downloads one offer to a staging file in the data folder (resuming what an earlier attempt
     * left), checks its size, SHA-256 and that a trusted publisher signed it, then installs it
     * through the library's atomic install.
     *
     * @return one line: what was installed
     * @throws FeedException naming the file and why it was not installed; the installed packs are
     *         unchanged
     */
    String install(FeedOffer offer) throws FeedException;
}
