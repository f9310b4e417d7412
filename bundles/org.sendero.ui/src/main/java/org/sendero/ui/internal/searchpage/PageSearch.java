package org.sendero.ui.internal.searchpage;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sendero.search.LibrarySearch;
import org.sendero.search.SearchException;
import org.sendero.search.SearchHit;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;

/**
 * Fetches one page of documents. The search returns the best documents from the first on, so page
 * N asks for N pages' worth and keeps the last; a second, bare search (no passages, no facets)
 * counts the documents of the query actually shown, for the summary and the pager.
 */
public final class PageSearch {

    /** Documents on one page, as on a web search page. */
    public static final int DOCUMENTS_PER_PAGE = 10;
    /** Documents counted at most; a library larger than this shows this many. */
    static final int COUNTED = 1000;
    /** How much more than needed a page asks for at most when documents with many sections crowd others out. */
    private static final int WIDEN = 8;

    private final LibrarySearch search;

    public PageSearch(LibrarySearch search) {
        this.search = search;
    }

    /**
     * @param page from 1; a page past the last shows the last
     */
    public ResultPage fetch(String typed, String language, Map<String, Set<String>> filters, int page)
            throws SearchException {
        return fetch(typed, language, filters, page, true);
    }

    /** @param expand whether words typed also find their glossary and thesaurus terms */
    public ResultPage fetch(String typed, String language, Map<String, Set<String>> filters, int page,
            boolean expand) throws SearchException {
        int wanted = Math.max(1, page) * DOCUMENTS_PER_PAGE;
        SearchRequest request = new SearchRequest(typed, language, filters, wanted, true, true, expand);
        SearchResults found = search.search(request);
        String shown = found.showingResultsFor().orElse(typed);
        SearchResults all = search.search(new SearchRequest(shown, language, filters, COUNTED, false, false, expand));
        long took = found.tookMs() + all.tookMs();
        int documents = Math.max(all.documents().size(), found.documents().size());
        int pages = Math.max(1, (documents + DOCUMENTS_PER_PAGE - 1) / DOCUMENTS_PER_PAGE);
        int shownPage = Math.min(Math.max(1, page), pages);
        int needed = Math.min(shownPage * DOCUMENTS_PER_PAGE, documents);
        // the search looks at a fixed number of top sections per document asked for: documents with
        // many matching sections can leave too few others for the last page, so ask for more
        int limit = shownPage * DOCUMENTS_PER_PAGE;
        while (found.documents().size() < needed && limit < shownPage * DOCUMENTS_PER_PAGE * WIDEN) {
            limit *= 2;
            found = search.search(request.withLimit(limit));
            took += found.tookMs();
        }
        List<List<SearchHit>> byDocument = found.documents();
        int from = Math.min((shownPage - 1) * DOCUMENTS_PER_PAGE, byDocument.size());
        int to = Math.min(shownPage * DOCUMENTS_PER_PAGE, byDocument.size());
        List<DocumentRow> rows = byDocument.subList(from, to).stream().map(DocumentRow::new).toList();
        return new ResultPage(typed, found, rows, documents, shownPage, pages, took);
    }
}
