package org.sendero.ui.internal.feed;

import java.util.ArrayList;
import java.util.List;

import org.sendero.feed.FeedSettings;
import org.sendero.ui.internal.preferences.PreferencesDialog;

/** Adds "Office feeds" and "Trusted publishers" to File > Preferences. */
public final class FeedPreferences {

    private FeedPreferences() {
    }

    /**
     * @return the two sections, once the dialog has made its area (when it opens): for tests
     */
    public static List<Object> addTo(PreferencesDialog dialog, FeedSettings settings) {
        List<Object> sections = new ArrayList<>();
        String tab = org.sendero.ui.internal.preferences.Messages.Preferences_tabFeeds;
        dialog.addSection(tab, area -> sections.add(new FeedsSection(area, settings)));
        dialog.addSection(tab, area -> sections.add(new TrustedPublishersSection(area, settings)));
        return sections;
    }
}
