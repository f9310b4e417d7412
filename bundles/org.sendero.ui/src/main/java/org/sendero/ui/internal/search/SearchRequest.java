package org.sendero.ui.internal.search;

/**
 * A request, sent on the workbench's event broker under {@link #TOPIC}, that the library search
 * run {@code query} (in the search box's syntax) and show its results: how another part (the
 * glossary, say) hands a search to the search part without knowing it.
 */
public record SearchRequest(String query) {

    public static final String TOPIC = "org/sendero/ui/search/request";

    /** The id of the part that answers, to show it before the request is sent. */
    public static final String SEARCH_PART = "org.sendero.part.search";

    public SearchRequest {
        query = query == null ? "" : query.strip();
    }
}
