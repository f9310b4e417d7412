package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.search.SearchHit;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.parts.SearchPart;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.internal.search.FacetTree;
import org.sendero.ui.internal.search.MarkedText;

/**
 * The search part and the reader side by side on the starter pack: type, press Enter, move to a
 * result, press Enter again, and read the section with the words marked.
 */
class SearchAndReaderTest {

    private static final Duration SEARCH = Duration.ofSeconds(60);

    private PartHarness window;
    private SearchPart search;
    private ReaderPart reader;

    @BeforeEach
    void openWindow() throws Exception {
        window = new PartHarness();
        search = window.part(SearchPart.class);
        reader = window.part(ReaderPart.class);
        window.untilStarterIndexed(SEARCH);
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private Table table() {
        return search.results().table();
    }

    /** Types into the box and presses Enter, then waits for the answer. */
    private void searchFor(String text) {
        long before = search.searchesAnswered();
        search.queryBox().setText(text);
        search.queryBox().notifyListeners(SWT.DefaultSelection, new Event());
        window.until(() -> search.searchesAnswered() > before, SEARCH, "the search for " + text + " is answered");
    }

    @Test
    void enterSearchesArrowsMoveAndEnterOpensTheSectionWithTheWordMarked() throws Exception {
        searchFor("deception");
        assertTrue(table().getItemCount() > 0, search.statusText());
        assertTrue(search.statusText().matches("\\d+ matching sections \\(\\d+ ms\\)"), search.statusText());
        MarkedText firstRow = search.results().row(table().getItem(0));
        assertTrue(
                firstRow.markedWords().stream().anyMatch(word -> word.toLowerCase(Locale.ROOT).startsWith("decepti")),
                "the first row shows the word in bold: " + firstRow);
        StyleRange[] bold = search.passages().getStyleRanges();
        assertTrue(bold.length > 0 && Arrays.stream(bold).allMatch(range -> range.fontStyle == SWT.BOLD));
        assertTrue(search.passages().getText(bold[0].start, bold[0].start + bold[0].length - 1).toLowerCase(Locale.ROOT)
                .startsWith("decepti"), "the passages mark the word");
        for (int i = 0; i < table().getItemCount(); i++) {
            SearchHit row = (SearchHit) table().getItem(i).getData();
            if ("guidance".equals(row.kind())) {
                String place = search.results().row(table().getItem(i)).text().split("\n")[1];
                assertFalse(place.endsWith(" " + row.breadcrumb().get(1)), "the document type is named: " + place);
            }
        }
        window.screenshot("search");

        // the down arrow goes from the box to the results, with the first one chosen
        table().deselectAll();
        Event down = new Event();
        down.keyCode = SWT.ARROW_DOWN;
        search.queryBox().notifyListeners(SWT.KeyDown, down);
        assertEquals(0, table().getSelectionIndex());

        SearchHit hit = (SearchHit) table().getItem(0).getData();
        Event enter = new Event();
        enter.item = table().getItem(0);
        table().notifyListeners(SWT.DefaultSelection, enter);
        window.until(() -> hit.title().replace("&", "&&").equals(reader.shownTitle()), Duration.ofSeconds(20),
                "the reader shows " + hit.title() + ", not " + reader.shownTitle());
        if (!hit.section().isEmpty()) {
            window.until(() -> reader.browser().getUrl().endsWith("#" + hit.section()), Duration.ofSeconds(20),
                    "the reader goes to the section " + hit.section() + ": " + reader.browser().getUrl());
        }
        String page = Files.readString(reader.shownPage());
        String section = sectionOf(page, hit.section());
        assertTrue(Pattern.compile("<mark>decepti", Pattern.CASE_INSENSITIVE).matcher(section).find(),
                "the word is marked in the section " + hit.section());
        window.until(
                () -> Boolean.TRUE.equals(reader.browser().evaluate("return document.querySelector('mark') != null;")),
                Duration.ofSeconds(20), "the browser shows the marked word");
        window.screenshot("search-opened");
    }

    @Test
    void aSpanishHitOpensTheSpanishVersionWithTheWordsSearchedMarked() throws Exception {
        searchFor("trata de niños en la frontera");
        int row = -1;
        for (int i = 0; i < table().getItemCount() && row < 0; i++) {
            SearchHit candidate = (SearchHit) table().getItem(i).getData();
            if ("es".equals(candidate.lang()) && "lesson".equals(candidate.kind())) {
                row = i;
            }
        }
        assertTrue(row >= 0, "a Spanish lesson is among the results: " + search.statusText());
        SearchHit hit = (SearchHit) table().getItem(row).getData();
        Event enter = new Event();
        enter.item = table().getItem(row);
        table().notifyListeners(SWT.DefaultSelection, enter);
        window.until(() -> hit.title().replace("&", "&&").equals(reader.shownTitle()), Duration.ofSeconds(20),
                "the reader shows the Spanish " + hit.title() + ", not " + reader.shownTitle());
        String page = Files.readString(reader.shownPage());
        assertTrue(page.contains("lang=\"es\""), "the page is the Spanish version");
        assertTrue(Pattern.compile("<mark>(trata|niñ|fronter)", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                "the words searched are marked on the page");

        // a link followed from the Spanish page, or the next lesson, stays in Spanish
        reader.show(new OpenRequest(new ContentLink(ContentLink.Kind.GUIDANCE, "tip-definition", Optional.empty()),
                Optional.empty(), List.of()).inLanguage("es"));
        window.until(() -> {
            try {
                return Files.readString(reader.shownPage()).contains("lang=\"es\"");
            } catch (java.io.IOException e) {
                return false;
            }
        }, Duration.ofSeconds(20), "the Spanish guidance is shown");
    }

    /** The HTML from the heading with {@code anchor} to the next heading (all of it when the anchor is empty). */
    private static String sectionOf(String page, String anchor) {
        if (anchor.isEmpty()) {
            return page;
        }
        int start = page.indexOf("id=\"" + anchor + "\"");
        assertTrue(start >= 0, "the page has the section " + anchor);
        Matcher next = Pattern.compile("<h[1-6][ >]").matcher(page);
        int end = next.find(start) ? next.start() : page.length();
        return page.substring(start, end);
    }

    @Test
    void typeAheadOffersTitlesAndGlossaryTerms() {
        IContentProposal[] proposals = search.typeAhead().getContentProposalProvider().getProposals("traffick", 8);
        assertTrue(proposals.length > 0, "something is offered for 'traffick'");
        assertTrue(Arrays.stream(proposals).allMatch(p -> p.getContent().toLowerCase(Locale.ROOT).contains("traffick")),
                Arrays.stream(proposals).map(IContentProposal::getContent).toList().toString());
        assertEquals(0, search.typeAhead().getContentProposalProvider().getProposals("t", 1).length,
                "one letter offers nothing yet");
    }

    @Test
    void checkingAFacetValueNarrowsTheResults() {
        searchFor("children");
        long before = count();
        TreeItem lessons = facetValue("kind", "lesson");
        assertTrue(lessons.getText().matches("Lessons \\(\\d+\\)"), lessons.getText());
        long answered = search.searchesAnswered();
        lessons.setChecked(true);
        Event check = new Event();
        check.detail = SWT.CHECK;
        check.item = lessons;
        search.facets().tree().notifyListeners(SWT.Selection, check);
        window.until(() -> search.searchesAnswered() > answered, SEARCH, "the narrowed search is answered");

        assertTrue(table().getItemCount() > 0);
        for (int i = 0; i < table().getItemCount(); i++) {
            assertEquals("lesson", ((SearchHit) table().getItem(i).getData()).kind());
        }
        assertTrue(count() < before, count() + " of " + before);
        assertTrue(facetValue("kind", "lesson").getChecked(), "the value stays checked");
    }

    @Test
    void aCourseAmongTheTopicsIsToldApartFromTheGuidanceTopic() {
        searchFor("deception");
        List<String> topics = null;
        for (TreeItem group : search.facets().tree().getItems()) {
            if ("topic".equals(group.getData())) {
                topics = Arrays.stream(group.getItems()).map(item -> item.getText().replaceAll(" \\(\\d+\\)$", ""))
                        .toList();
            }
        }
        assertTrue(topics != null && !topics.isEmpty(), "the topics are listed");
        assertEquals(topics.size(), topics.stream().distinct().count(), "each topic reads differently: " + topics);
        assertTrue(topics.stream().anyMatch(topic -> topic.startsWith("Course: ")), topics.toString());
    }

    @Test
    void everyStringOfThePartIsTranslatedIntoSpanishAndFrench() {
        ClassLoader loader = org.sendero.ui.internal.search.Messages.class.getClassLoader();
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle("org.sendero.ui.internal.search.messages",
                Locale.ROOT, loader);
        for (Locale locale : List.of(Locale.forLanguageTag("es"), Locale.forLanguageTag("fr"))) {
            java.util.ResourceBundle translated = java.util.ResourceBundle.getBundle(
                    "org.sendero.ui.internal.search.messages",
                    locale, loader);
            assertEquals(locale.getLanguage(), translated.getLocale().getLanguage());
            for (String key : english.keySet()) {
                String text = translated.getString(key);
                assertFalse(text.isBlank(), key);
                if (!key.equals("SearchPart_facetValue")) {
                    assertFalse(text.equals(english.getString(key)), locale + " translates " + key);
                }
            }
        }
    }

    private long count() {
        return Long.parseLong(search.statusText().replaceAll("\\D.*", ""));
    }

    private TreeItem facetValue(String facet, String value) {
        for (TreeItem group : search.facets().tree().getItems()) {
            for (TreeItem item : group.getItems()) {
                if (item.getData() instanceof FacetTree.Value found && found.facet().equals(facet)
                        && found.value().equals(value)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no facet value " + facet + "=" + value);
    }

    @Test
    void aMisspelledWordOffersTheCorrectionAsALink() {
        searchFor("decepton");
        assertTrue(search.suggestionLine().isVisible(), "a correction is offered");
        String line = search.suggestionLine().getText();
        assertTrue(line.contains("deception"), line);
        List<String> queries = search.suggestions().queries();
        int index = queries.indexOf("deception");
        String chosen = index >= 0 ? "deception" : queries.get(0);
        long answered = search.searchesAnswered();
        Event click = new Event();
        click.text = Integer.toString(Math.max(index, 0));
        search.suggestionLine().notifyListeners(SWT.Selection, click);
        window.until(() -> search.searchesAnswered() > answered, SEARCH, "the corrected search is answered");
        assertEquals(chosen, search.queryBox().getText());
        assertFalse(search.statusText().isBlank());
        window.screenshot("search-did-you-mean");
    }
}
