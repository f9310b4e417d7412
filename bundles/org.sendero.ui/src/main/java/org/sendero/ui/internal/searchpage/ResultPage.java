package org.sendero.ui.internal.searchpage;

import java.util.List;

import org.sendero.search.SearchResults;

/**
 * One page of a search, as the results page shows it.
 *
 * @param typed the query as typed
 * @param results the search's answer: its facets, corrections and section count
 * @param rows the documents of this page, in order
 * @param documents how many documents match in all
 * @param page the page shown, from 1
 * @param pages how many pages the documents fill
 * @param tookMs the time the searches of this page took
 */
public record ResultPage(String typed, SearchResults results, List<DocumentRow> rows, int documents, int page,
        int pages, long tookMs) {

    public ResultPage {
        rows = List.copyOf(rows);
    }

    /** The query the results are for: the corrected one when the search corrected the words typed. */
    public String shownQuery() {
        return results.showingResultsFor().orElse(typed);
    }

    /** How many sections match in all. */
    public long sections() {
        return results.total();
    }
}
