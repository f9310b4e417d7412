package org.sendero.ui.internal.feed;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sendero.feed.FeedException;
import org.sendero.feed.FeedOffer;
import org.sendero.feed.FeedSettings;
import org.sendero.feed.PackFeeds;

/**
 * What the background check tells the user: the newer versions signed by a trusted publisher, each
 * offered once per run of the workbench (a user who said "Later" is not asked again every few hours
 * about the same version). Nothing is checked when no feed is configured.
 */
public final class FeedWatch {

    private final PackFeeds feeds;
    private final FeedSettings settings;
    private final Set<String> offered = new HashSet<>();

    public FeedWatch(PackFeeds feeds, FeedSettings settings) {
        this.feeds = feeds;
        this.settings = settings;
    }

    /** Runs the check (reads the feeds: call it off the UI thread); empty when there is nothing new to offer. */
    public synchronized List<FeedOffer> newOffers() {
        try {
            if (settings.feeds().isEmpty()) {
                return List.of();
            }
        } catch (FeedException e) {
            return List.of();
        }
        return feeds.check(Optional.empty()).trusted().stream()
                .filter(offer -> offered.add(offer.pack().id() + "@" + offer.pack().version())).toList();
    }
}
