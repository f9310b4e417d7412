package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.search.LibrarySearch;
import org.sendero.search.SearchRequest;
import org.sendero.ui.internal.search.SearchPageRequests;
import org.sendero.ui.internal.searchpage.Messages;
import org.sendero.ui.internal.searchpage.SearchPagePart;

/**
 * The results page says when the thesaurus searched more than the words typed, with a switch to
 * search only those; says when no document has all the words; and "More like this" under a
 * document lists the documents like it.
 */
class SearchPageWideningTest {

    private static final Duration SEARCH = Duration.ofSeconds(60);

    private PartHarness window;
    private SearchPagePart page;
    private LibrarySearch service;

    @BeforeEach
    void openWindow() throws Exception {
        window = new PartHarness();
        ContextInjectionFactory.make(SearchPageRequests.class, window.context).takePending();
        page = window.part(SearchPagePart.class);
        window.untilStarterIndexed(SEARCH);
        service = window.context.get(LibrarySearch.class);
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private void searchFor(String text) {
        long before = page.searchesAnswered();
        page.queryBox().setText(text);
        page.queryBox().notifyListeners(SWT.DefaultSelection, new Event());
        window.until(() -> page.searchesAnswered() > before, SEARCH, "the search for " + text + " is answered");
    }

    private String line() {
        return page.expansionLine().isVisible() ? page.expansionLine().getText() : "";
    }

    @Test
    void theThesaurusTermsSearchedAreNamedAndCanBeLeftOut() {
        searchFor("forged passports");
        String prefix = Messages.SearchPage_alsoFor.substring(0, Messages.SearchPage_alsoFor.indexOf("{0}"));
        assertTrue(line().contains(prefix), "the synonyms searched are named: " + line());
        assertTrue(line().contains("<a>" + Messages.SearchPage_onlyTyped + "</a>"), line());
        window.screenshot("search-page-widened");

        long before = page.searchesAnswered();
        page.expansionLine().notifyListeners(SWT.Selection, new Event());
        window.until(() -> page.searchesAnswered() > before, SEARCH, "searched again as typed");
        assertFalse(line().contains(prefix), "no synonyms now: " + line());
        assertTrue(line().contains(Messages.SearchPage_asTyped) && line().contains(Messages.SearchPage_widen),
                "says so, and offers to widen again: " + line());
    }

    @Test
    void aQueryNoDocumentHasAllTheWordsOfSaysSo() throws Exception {
        String query = null;
        for (String candidate : List.of("deception tuberculosis", "smuggling remittances interpreter",
                "refoulement hurricane", "passport vaccination debt")) {
            if (service.search(SearchRequest.of(candidate)).mostWordsOnly()) {
                query = candidate;
                break;
            }
        }
        assertTrue(query != null, "one of the queries has no document with all its words");
        searchFor(query);
        assertTrue(line().contains(Messages.SearchPage_mostWords), "the page says so: " + line());
        assertFalse(page.results().rows().isEmpty(), "and shows the documents with most of them");
    }

    @Test
    void moreLikeThisListsOtherDocumentsLikeIt() {
        searchFor("smuggling at sea");
        String first = page.results().rows().get(0).best().doc();
        long before = page.searchesAnswered();
        page.moreLikeThis(0);
        window.until(() -> page.searchesAnswered() > before, SEARCH, "the documents like it");
        String title = page.results().rows().isEmpty() ? "" : "";
        assertTrue(page.summaryText().startsWith(NLS.bind(Messages.SearchPage_similarTo, "", "").substring(0, 8)),
                page.summaryText() + title);
        assertFalse(page.results().rows().isEmpty(), "similar documents are listed");
        assertTrue(page.results().rows().stream().noneMatch(row -> row.best().doc().equals(first)),
                "not the document itself");
        window.screenshot("search-page-more-like-this");
    }
}
