package org.sendero.feed.internal.fetch;

import java.nio.file.Path;

import org.sendero.feed.FeedException;
import org.sendero.feed.FeedPack;

/** Reads a feed: its feed.json, and its pack files into staging files. */
public interface FeedSource {

    FeedLocation location();

    /** The bytes of feed.json, at most {@link org.sendero.feed.internal.index.FeedIndex#LARGEST_INDEX}. */
    byte[] index() throws FeedException;

    /**
     * Brings {@code pack}'s file into {@code part}, going on from the bytes already there (an earlier
     * attempt that was cut), never past the size feed.json gives.
     *
     * @throws FeedException when the transfer stops early; what arrived stays for the next attempt
     */
    void fetch(FeedPack pack, Path part) throws FeedException;

    static FeedSource of(String location, Downloads downloads) throws FeedException {
        FeedLocation parsed = FeedLocation.of(location);
        return switch (parsed) {
            case FeedLocation.Folder folder -> new FolderSource(folder);
            case FeedLocation.Web web -> new WebSource(web, downloads);
        };
    }
}
