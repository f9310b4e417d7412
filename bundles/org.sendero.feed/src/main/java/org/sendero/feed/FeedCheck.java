package org.sendero.feed;

import java.util.List;

/**
 * What the feeds hold that is newer than the installed packs.
 *
 * @param offers the newest version of each pack a feed has, when it is newer than the installed one
 * @param problems one line per feed that could not be read; the other feeds are still checked
 */
public record FeedCheck(List<FeedOffer> offers, List<String> problems) {

    public FeedCheck {
        offers = List.copyOf(offers);
        problems = List.copyOf(problems);
    }

    /** The offers that may be installed: signed, as the feed says, by a trusted publisher. */
    public List<FeedOffer> trusted() {
        return offers.stream().filter(offer -> offer.trust() == Trust.TRUSTED).toList();
    }
}
