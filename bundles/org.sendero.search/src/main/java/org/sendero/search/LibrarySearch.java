package org.sendero.search;

import java.util.List;

/**
 * Searches the guidance documents and lessons of every installed pack. Thread-safe and never
 * blocked by indexing: a search sees the last committed state of the index. A service.
 */
public interface LibrarySearch {

    /** Runs a query; malformed query text never fails, it is read as plain words. */
    SearchResults search(SearchRequest request) throws SearchException;

    /**
     * Completions of what the user is typing, from document titles and glossary terms, the user's
     * language first.
     */
    List<Completion> complete(String prefix, String language, int limit) throws SearchException;

    /**
     * "More like this": up to {@code limit} other documents like the one of {@code documentKey}
     * ({@link SearchHit#documentKey()}), in any language, the most alike first; none when that
     * document is not in the index.
     */
    SearchResults related(String documentKey, String language, int limit) throws SearchException;
}
