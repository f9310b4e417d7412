package org.sendero.ui.internal.searchpage;

import java.util.List;

import org.sendero.search.SearchHit;

/**
 * One document of the results page: its matching sections, best first. The best section's
 * passages are shown; the others are offered as links to their sections.
 */
public record DocumentRow(List<SearchHit> sections) {

    public DocumentRow {
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a document row needs at least one section");
        }
    }

    public SearchHit best() {
        return sections.get(0);
    }

    /** The other matching sections of the document, in the order of their scores. */
    public List<SearchHit> others() {
        return sections.subList(1, sections.size());
    }

    /** The document in its language: {@code pack/kind/doc/lang}. */
    public String documentKey() {
        return best().documentKey();
    }
}
