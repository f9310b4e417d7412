package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.search.SearchHit;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.parts.SearchPart;
import org.sendero.ui.internal.search.FacetTree;
import org.sendero.ui.internal.search.SearchPageRequests;
import org.sendero.ui.internal.searchpage.DocumentRow;
import org.sendero.ui.internal.searchpage.Messages;
import org.sendero.ui.internal.searchpage.ResultPage;
import org.sendero.ui.internal.searchpage.ResultsView;
import org.sendero.ui.internal.searchpage.RowWords;
import org.sendero.ui.internal.searchpage.SearchPagePart;

/**
 * The search results page in the centre on the starter pack: results grouped by document with their
 * badges and passages, the facets beside them, the corrections and the pager, and Enter on a
 * passage opening it in the reader with the words marked.
 */
class SearchPageTest {

    private static final Duration SEARCH = Duration.ofSeconds(60);
    private static final String SPANISH_QUERY = "trata de ni\u00f1os en la frontera";

    private PartHarness window;
    private SearchPagePart page;
    private ReaderPart reader;

    @BeforeEach
    void openWindow() throws Exception {
        window = new PartHarness();
        // a quick search of another test class may have left a query for a page to come: not ours
        ContextInjectionFactory.make(SearchPageRequests.class, window.context).takePending();
        page = window.part(SearchPagePart.class);
        reader = window.part(ReaderPart.class);
        window.sash.setWeights(65, 35);
        window.untilStarterIndexed(SEARCH);
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private ResultsView results() {
        return page.results();
    }

    private ResultPage shown() {
        return page.shownPage().orElseThrow(() -> new AssertionError("no page shown: " + page.summaryText()));
    }

    /** Types into the page's box and presses Enter, then waits for the answer. */
    private void searchFor(String text) {
        long before = page.searchesAnswered();
        page.queryBox().setText(text);
        page.queryBox().notifyListeners(SWT.DefaultSelection, new Event());
        window.until(() -> page.searchesAnswered() > before, SEARCH, "the search for " + text + " is answered");
    }

    private void press(int keyCode, char character) {
        Event key = new Event();
        key.keyCode = keyCode;
        key.character = character;
        results().text().notifyListeners(SWT.KeyDown, key);
    }

    @Test
    void aSpanishQueryShowsASpanishDocumentFirstAndEnterOpensItsPassageWithTheWordsMarked() throws Exception {
        searchFor(SPANISH_QUERY);
        List<DocumentRow> rows = results().rows();
        assertFalse(rows.isEmpty(), page.summaryText());
        SearchHit first = rows.get(0).best();
        assertEquals("es", first.lang(), "the first document is Spanish: " + first.title());
        String row = results().rowText(0);
        assertTrue(row.startsWith(first.title()), row);
        int badge = row.indexOf("\u00a0ES\u00a0");
        assertTrue(badge > 0, "the row has the ES badge: " + row);
        StyleRange badgeStyle = results().text().getStyleRangeAtOffset(badge + 1);
        assertNotNull(badgeStyle, "the badge is drawn");
        assertNotNull(badgeStyle.background, "the badge has a colour of its own");
        assertTrue(row.contains("lesson".equals(first.kind())
                ? Messages.SearchPage_kindLesson
                : Messages.SearchPage_kindGuidance), "the kind badge: " + row);
        assertFalse(results().boldRanges(0, row.length()).isEmpty(), "the searched words are in bold in the passages");
        window.screenshot("search-page");

        // the first passage is selected; down and up move the selection and come back
        ResultsView.Selected selected = results().selected().orElseThrow();
        assertEquals(0, selected.row());
        results().text().setFocus();
        press(SWT.ARROW_DOWN, '\0');
        assertTrue(results().selected().orElseThrow().start() > selected.start(), "down moves to the next item");
        press(SWT.ARROW_UP, '\0');
        assertEquals(selected, results().selected().orElseThrow(), "up comes back");
        String passage = results().text().getText(selected.start(), selected.end() - 1);
        // a word typed, or one the thesaurus searched for it ("ni\u00f1os": "menor de edad")
        assertTrue(Pattern.compile("(trata|ni\u00f1|fronter|menor)", Pattern.CASE_INSENSITIVE).matcher(passage).find(),
                passage);

        press(SWT.CR, '\r');
        SearchHit hit = selected.hit();
        window.until(() -> hit.title().replace("&", "&&").equals(reader.shownTitle()), Duration.ofSeconds(20),
                "the reader shows the Spanish " + hit.title() + ", not " + reader.shownTitle());
        if (!hit.section().isEmpty()) {
            window.until(() -> reader.browser().getUrl().endsWith("#" + hit.section()), Duration.ofSeconds(20),
                    "the reader goes to the section " + hit.section() + ": " + reader.browser().getUrl());
        }
        String shownPage = Files.readString(reader.shownPage());
        assertTrue(shownPage.contains("lang=\"es\""), "the page is the Spanish version");
        assertTrue(Pattern.compile("<mark>(trata|ni\u00f1|fronter)", Pattern.CASE_INSENSITIVE)
                .matcher(sectionOf(shownPage, hit.section())).find(), "the words searched are marked in the section");
    }

    @Test
    void aDocumentIsOneRowEvenWhenSeveralOfItsSectionsMatch() {
        searchFor("children");
        ResultPage found = shown();
        List<DocumentRow> rows = results().rows();
        Set<String> documents = new HashSet<>();
        rows.forEach(row -> documents.add(row.documentKey()));
        assertEquals(documents.size(), rows.size(), "one row per document");
        assertEquals(Math.min(10, found.documents()), rows.size());
        for (DocumentRow row : rows) {
            assertTrue(row.sections().stream().allMatch(hit -> hit.documentKey().equals(row.documentKey())));
        }
        int withOthers = -1;
        for (int i = 0; i < rows.size() && withOthers < 0; i++) {
            if (!rows.get(i).others().isEmpty()) {
                withOthers = i;
            }
        }
        assertTrue(withOthers >= 0, "some document has several matching sections");
        DocumentRow several = rows.get(withOthers);
        String text = results().rowText(withOthers);
        for (SearchHit other : several.others()) {
            String name = other.sectionTitle() == null || other.sectionTitle().isBlank() ? other.title()
                    : other.sectionTitle();
            assertTrue(text.contains("\u21b3 " + name), "the other section is a link: " + name + " in " + text);
        }
        assertTrue(found.sections() > found.documents(), found.sections() + " sections in " + found.documents());

        // the summary: "N documents (M sections), T ms"
        String summary = page.summaryText();
        Matcher numbers = Pattern.compile("\\d+").matcher(summary);
        List<Long> seen = new java.util.ArrayList<>();
        while (numbers.find()) {
            seen.add(Long.parseLong(numbers.group()));
        }
        assertEquals(3, seen.size(), summary);
        assertEquals((long) found.documents(), seen.get(0), summary);
        assertEquals(found.sections(), seen.get(1), summary);
        assertTrue(summary.endsWith(" ms"), summary);
    }

    @Test
    void aCheckedFacetNarrowsTheResultsAndStaysOnPageTwo() {
        searchFor("migrants");
        int before = shown().documents();
        check(facetValue("language", "en"));
        ResultPage narrowed = shown();
        assertTrue(narrowed.documents() < before, narrowed.documents() + " of " + before);
        assertTrue(narrowed.pages() > 1, "the English documents fill more than a page: " + narrowed.documents());
        assertTrue(results().rows().stream().allMatch(row -> "en".equals(row.best().lang())));
        Set<String> pageOne = new HashSet<>();
        results().rows().forEach(row -> pageOne.add(row.documentKey()));
        assertTrue(page.nextButton().isEnabled() && page.nextButton().isVisible());
        assertFalse(page.previousButton().isEnabled());

        long answered = page.searchesAnswered();
        page.nextButton().notifyListeners(SWT.Selection, new Event());
        window.until(() -> page.searchesAnswered() > answered, SEARCH, "page 2 is shown");
        assertEquals(2, shown().page());
        assertTrue(page.pagerText().contains("2"), page.pagerText());
        assertFalse(results().rows().isEmpty());
        for (DocumentRow row : results().rows()) {
            assertEquals("en", row.best().lang(), "the filter stays on page 2: " + row.best().title());
            assertFalse(pageOne.contains(row.documentKey()), "page 2 has other documents: " + row.documentKey());
        }
        assertTrue(facetValue("language", "en").getChecked(), "the value stays checked");
        assertEquals(Map.of("language", Set.of("en")), page.facets().filters());
        assertTrue(page.previousButton().isEnabled());
    }

    @Test
    void aMisspelledQueryShowsTheCorrectedResultsAndKeepsTheFacet() {
        String typo = "es".equals(Locale.getDefault().getLanguage()) ? "fronterra" : "decepton";
        searchFor(typo.equals("fronterra") ? "frontera" : "deception");
        check(facetValue("kind", "guidance"));
        searchFor(typo);
        ResultPage found = shown();
        assertTrue(found.results().showingResultsFor().isPresent(), "the words were corrected: " + page.summaryText());
        assertTrue(page.suggestionLine().isVisible());
        String corrected = found.results().showingResultsFor().get();
        assertTrue(page.suggestionLine().getText().contains(corrected), page.suggestionLine().getText());
        assertFalse(results().rows().isEmpty(), "the corrected query finds documents");
        assertTrue(results().rows().stream().allMatch(row -> "guidance".equals(row.best().kind())),
                "the facet still applies");
        assertEquals(Map.of("kind", Set.of("guidance")), page.facets().filters());
        assertTrue(facetValue("kind", "guidance").getChecked());
        assertEquals(typo, page.queryBox().getText(), "the box keeps what was typed");
    }

    @Test
    void enterInTheQuickSearchShowsThePageWithTheSameQueryAndFacets() {
        SearchPart quick = window.part(SearchPart.class);
        long quickBefore = quick.searchesAnswered();
        long before = page.searchesAnswered();
        quick.queryBox().setText("smuggling");
        quick.queryBox().notifyListeners(SWT.DefaultSelection, new Event());
        window.until(() -> quick.searchesAnswered() > quickBefore && page.searchesAnswered() > before, SEARCH,
                "both the quick list and the page answer");
        assertTrue(quick.results().table().getItemCount() > 0, "the quick list works as before");
        assertEquals("smuggling", page.queryBox().getText());
        assertEquals("smuggling", shown().typed());
        assertFalse(results().rows().isEmpty());

        // a facet checked in the quick list goes with "See all results"
        TreeItem lessons = null;
        for (TreeItem group : quick.facets().tree().getItems()) {
            for (TreeItem item : group.getItems()) {
                if (item.getData() instanceof FacetTree.Value value && value.facet().equals("kind")
                        && value.value().equals("lesson")) {
                    lessons = item;
                }
            }
        }
        assertNotNull(lessons, "the quick list offers the lessons");
        long quickAnswered = quick.searchesAnswered();
        lessons.setChecked(true);
        Event check = new Event();
        check.detail = SWT.CHECK;
        check.item = lessons;
        quick.facets().tree().notifyListeners(SWT.Selection, check);
        window.until(() -> quick.searchesAnswered() > quickAnswered, SEARCH, "the quick list is narrowed");
        Link seeAll = Controls.all(window.shell, Link.class).stream()
                .filter(link -> link.getText()
                        .contains(org.sendero.ui.internal.search.Messages.SearchPart_seeAll))
                .findFirst().orElseThrow(() -> new AssertionError("no 'See all results' link"));
        long answered = page.searchesAnswered();
        seeAll.notifyListeners(SWT.Selection, new Event());
        window.until(() -> page.searchesAnswered() > answered, SEARCH, "the page answers");
        assertEquals(Map.of("kind", Set.of("lesson")), page.facets().filters());
        assertTrue(results().rows().stream().allMatch(row -> "lesson".equals(row.best().kind())));
    }

    @Test
    void atTenTwentyFourByTwoHundredSixtyEightTheResultsScrollDownNeverSideways() {
        window.shell.setSize(1024, 768);
        // the centre of the workbench: the window less the left column
        window.sash.setWeights(70, 30);
        window.shell.layout(true, true);
        searchFor("children");
        window.spin(Duration.ofMillis(200));
        org.eclipse.swt.widgets.Composite area = page.queryBox().getParent().getParent();
        int width = area.getSize().x;
        assertTrue(area.computeSize(SWT.DEFAULT, SWT.DEFAULT).x <= width,
                "the page needs no more than the " + width + " pixels it has");
        assertEquals(null, results().text().getHorizontalBar(), "the results wrap instead of scrolling sideways");
        var bar = results().text().getVerticalBar();
        assertTrue(bar.getMaximum() > bar.getThumb(), "the results scroll down");
        var bounds = results().text().getBounds();
        assertTrue(bounds.x + bounds.width <= results().text().getParent().getClientArea().width);
        window.screenshot("search-page-1024");
    }

    @Test
    void everyStringOfThePageIsTranslatedIntoSpanishAndFrench() {
        ClassLoader loader = org.sendero.ui.internal.searchpage.Messages.class.getClassLoader();
        String name = "org.sendero.ui.internal.searchpage.messages";
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle(name, Locale.ROOT, loader);
        // the same words in French: "document", "section", "PDF p."
        Set<String> sameInFrench = Set.of("SearchPage_summary", "SearchPage_kindPdf");
        for (Locale locale : List.of(Locale.forLanguageTag("es"), Locale.forLanguageTag("fr"))) {
            java.util.ResourceBundle translated = java.util.ResourceBundle.getBundle(name, locale, loader);
            assertEquals(locale.getLanguage(), translated.getLocale().getLanguage());
            for (String key : english.keySet()) {
                assertFalse(translated.getString(key).isBlank(), key);
                if (!(locale.getLanguage().equals("fr") && sameInFrench.contains(key))) {
                    assertFalse(translated.getString(key).equals(english.getString(key)),
                            locale + " translates " + key);
                }
            }
        }
    }

    @Test
    void aClickOnTheLinkOfAnotherSectionOpensThatSection() {
        searchFor("children");
        List<DocumentRow> rows = results().rows();
        int row = 0;
        while (row < rows.size() && rows.get(row).others().isEmpty()) {
            row++;
        }
        assertTrue(row < rows.size(), "some document has several matching sections");
        SearchHit other = rows.get(row).others().get(0);
        String text = results().rowText(row);
        int link = results().text().getText().indexOf(text) + text.indexOf("\u21b3 ") + 3;
        org.eclipse.swt.graphics.Point at = results().text().getLocationAtOffset(link);
        Event click = new Event();
        click.button = 1;
        click.x = at.x + 2;
        click.y = at.y + 2;
        results().text().notifyListeners(SWT.MouseUp, click);
        window.until(() -> other.title().replace("&", "&&").equals(reader.shownTitle()), Duration.ofSeconds(20),
                "the reader shows " + other.title() + ", not " + reader.shownTitle());
        window.until(() -> reader.browser().getUrl().endsWith("#" + other.section()), Duration.ofSeconds(20),
                "the reader goes to the section " + other.section() + ": " + reader.browser().getUrl());
    }

    @Test
    void theKindBadgeSaysLessonGuidanceMyLibraryOrThePageOfAPdf() {
        assertEquals(Messages.SearchPage_kindLesson,
                RowWords.kindBadge(hit("sendero-starter", "lesson", OptionalInt.empty())));
        assertEquals(Messages.SearchPage_kindGuidance,
                RowWords.kindBadge(hit("sendero-starter", "guidance", OptionalInt.empty())));
        assertEquals(Messages.SearchPage_kindMyLibrary,
                RowWords.kindBadge(hit("my-library", "guidance", OptionalInt.empty())));
        String pdf = RowWords.kindBadge(hit("my-library", "guidance", OptionalInt.of(14)));
        assertTrue(pdf.startsWith("PDF") && pdf.endsWith("14"), pdf);
        assertEquals("FR", RowWords.languageBadge(hit("my-library", "guidance", OptionalInt.empty())));
    }

    private static SearchHit hit(String pack, String kind, OptionalInt page) {
        return new SearchHit(pack + "/" + kind + "/notes/fr#s", pack, "notes", "fr", kind, "Notes",
                List.of("Ma biblioth\u00e8que"),
                "s", "S", page, 1f, List.of());
    }

    private void check(TreeItem item) {
        long answered = page.searchesAnswered();
        item.setChecked(true);
        Event check = new Event();
        check.detail = SWT.CHECK;
        check.item = item;
        page.facets().tree().notifyListeners(SWT.Selection, check);
        window.until(() -> page.searchesAnswered() > answered, SEARCH, "the narrowed search is answered");
    }

    private TreeItem facetValue(String facet, String value) {
        for (TreeItem group : page.facets().tree().getItems()) {
            for (TreeItem item : group.getItems()) {
                if (item.getData() instanceof FacetTree.Value found && found.facet().equals(facet)
                        && found.value().equals(value)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no facet value " + facet + "=" + value);
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
}
