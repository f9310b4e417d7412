package org.sendero.core.content;

import java.util.OptionalInt;

/**
 * A heading-delimited part of a document as plain text, for the search index: a hit can name the
 * section, jump to its anchor and, for an imported PDF, say on which page it starts.
 *
 * @param anchor the heading's id in the rendered HTML; empty for the text before the first heading
 * @param level heading level 1 to 6; 0 for the text before the first heading
 */
public record Section(String anchor, String title, int level, String text, OptionalInt page) {

    public Section {
        anchor = anchor == null ? "" : anchor;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        page = page == null ? OptionalInt.empty() : page;
        if (level < 0 || level > 6) {
            throw new IllegalArgumentException("heading level " + level + " is not 0 to 6");
        }
    }
}
