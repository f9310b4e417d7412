package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.ui.internal.glossary.Glossaries;
import org.sendero.ui.internal.glossary.GlossaryPart;
import org.sendero.ui.internal.glossary.Messages;
import org.sendero.ui.internal.glossary.TermQuery;
import org.sendero.ui.internal.parts.SearchPart;
import org.sendero.ui.library.LibraryModel;

/**
 * The glossary part on the starter pack beside the search part: filter without accents, see the
 * false friends flagged and the notes, and search the library for a term with Enter or the button.
 */
class GlossaryPartTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private PartHarness window;
    private GlossaryPart glossary;
    private SearchPart search;
    private List<GlossaryTerm> libraryTerms;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
        search = window.part(SearchPart.class);
        glossary = window.part(GlossaryPart.class);
        LibraryModel library = ContextInjectionFactory.make(LibraryModel.class, window.context);
        library.reload().join();
        assertTrue(library.pack("sendero-starter").orElseThrow().glossary().size() >= 74, "the starter glossary");
        // every installed pack's terms: other tests may have imported packs with glossaries of their own
        libraryTerms = Glossaries.of(library.packs());
        window.until(() -> glossary.table().getItemCount() == libraryTerms.size(), WAIT,
                "the glossary lists the library's " + libraryTerms.size() + " terms");
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private Table table() {
        return glossary.table();
    }

    private int rowOf(String termId) {
        for (int i = 0; i < table().getItemCount(); i++) {
            if (((GlossaryTerm) table().getItem(i).getData()).id().equals(termId)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + termId + " among " + table().getItemCount());
    }

    /** Clicks the row of {@code termId}. */
    private void select(String termId) {
        int row = rowOf(termId);
        table().setSelection(row);
        Event click = new Event();
        click.item = table().getItem(row);
        table().notifyListeners(SWT.Selection, click);
    }

    @Test
    void typingWithoutAccentsListsTheTermsWrittenWithThem() {
        assertEquals(NLS.bind(Messages.GlossaryPart_count, libraryTerms.size(), libraryTerms.size()),
                glossary.statusText());

        glossary.filterBox().setText("trafico");
        Set<String> expected = libraryTerms.stream()
                .filter(term -> term.terms().values().stream().flatMap(List::stream)
                        .anyMatch(form -> form.toLowerCase(Locale.ROOT).contains("tráfico")))
                .map(GlossaryTerm::id).collect(Collectors.toSet());
        assertTrue(expected.contains("migrant-smuggling") && expected.contains("aggravated-smuggling"),
                expected.toString());
        assertEquals(expected, glossary.shownTerms().stream().map(GlossaryTerm::id).collect(Collectors.toSet()));
        assertEquals(NLS.bind(Messages.GlossaryPart_count, expected.size(), libraryTerms.size()),
                glossary.statusText());

        glossary.filterBox().setText("TRÁFICO ILICITO");
        assertTrue(glossary.shownTerms().stream().anyMatch(term -> term.id().equals("migrant-smuggling")));

        glossary.filterBox().setText("zzqx");
        assertEquals(0, table().getItemCount());
        assertEquals(NLS.bind(Messages.GlossaryPart_none, "zzqx"), glossary.statusText());
        window.screenshot("glossary-none");
    }

    @Test
    void aFalseFriendIsFlaggedInTheTableAndInTheDetailsWithItsNotesTheUsersLanguageFirst() {
        select("migrant-smuggling");
        assertTrue(glossary.falseFriendFlag().isVisible(), "the false-friend warning is shown");
        assertEquals(Messages.GlossaryPart_falseFriendWarning, glossary.falseFriendFlag().getText());
        assertEquals(Messages.GlossaryPart_falseFriend, table().getItem(rowOf("migrant-smuggling")).getText(3));
        GlossaryTerm smuggling = glossary.selectedTerm().orElseThrow();
        String details = glossary.detailsText();
        for (String form : smuggling.terms().values().stream().flatMap(List::stream).toList()) {
            assertTrue(details.contains(form), "the details list the form " + form + ": " + details);
        }
        String own = Locale.getDefault().getLanguage();
        String ownNote = smuggling.note().byLanguage().get(own);
        for (String other : List.of("en", "es", "fr")) {
            String note = smuggling.note().byLanguage().get(other);
            assertTrue(details.contains(note), "the " + other + " note is shown");
            assertTrue(other.equals(own) || details.indexOf(ownNote) < details.indexOf(note),
                    "the " + own + " note comes before the " + other + " one");
        }
        window.screenshot("glossary-false-friend");

        select("refugee");
        assertFalse(glossary.falseFriendFlag().isVisible(), "a plain term carries no warning");
        assertEquals("", table().getItem(rowOf("refugee")).getText(3));
    }

    @Test
    void downMovesFromTheFilterIntoTheTermsAndEnterOrTheButtonSearchesTheLibrary() {
        window.untilStarterIndexed(WAIT);

        glossary.filterBox().setText("ilícito de migrantes");
        Event down = new Event();
        down.keyCode = SWT.ARROW_DOWN;
        glossary.filterBox().notifyListeners(SWT.KeyDown, down);
        assertEquals(0, table().getSelectionIndex(), "Down chooses the first term");
        assertTrue(glossary.selectedTerm().isPresent(), "and shows it");

        select("migrant-smuggling");
        GlossaryTerm term = glossary.selectedTerm().orElseThrow();
        String query = TermQuery.of(term, Locale.getDefault().getLanguage());
        long before = search.searchesAnswered();
        glossary.searchButton().notifyListeners(SWT.Selection, new Event());
        assertEquals(query, search.queryBox().getText(), "the button hands the search over");
        Event enter = new Event();
        enter.item = table().getItem(table().getSelectionIndex());
        table().notifyListeners(SWT.DefaultSelection, enter);
        window.until(() -> search.searchesAnswered() > before, WAIT, "Enter on a term searches the library");
        assertEquals(query, search.queryBox().getText());
        assertTrue(query.contains("\"" + term.terms().get("es").get(0) + "\" OR "), query);
        assertTrue(search.results().table().getItemCount() > 0, "the search finds documents: " + search.statusText());

        glossary.filterBox().setText("");
        select("refugee");
        long again = search.searchesAnswered();
        glossary.searchButton().notifyListeners(SWT.Selection, new Event());
        window.until(() -> search.searchesAnswered() > again, WAIT, "the button searches the library");
        assertTrue(search.queryBox().getText().contains(libraryTerms.stream()
                .filter(t -> t.id().equals("refugee")).findFirst().orElseThrow().terms().get("en").get(0)));
        assertTrue(search.results().table().getItemCount() > 0, search.statusText());
        window.screenshot("glossary-search");
    }

    @Test
    void everyStringOfThePartIsTranslatedIntoSpanishAndFrench() {
        ClassLoader loader = Messages.class.getClassLoader();
        String name = "org.sendero.ui.internal.glossary.messages";
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle(name, Locale.ROOT, loader);
        for (Locale locale : List.of(Locale.forLanguageTag("es"), Locale.forLanguageTag("fr"))) {
            java.util.ResourceBundle translated = java.util.ResourceBundle.getBundle(name, locale, loader);
            assertEquals(locale.getLanguage(), translated.getLocale().getLanguage());
            for (String key : english.keySet()) {
                String text = translated.getString(key);
                assertFalse(text.isBlank(), key);
                // "Notes" is French as well as English
                if (!(key.equals("GlossaryPart_notes") && locale.getLanguage().equals("fr"))) {
                    assertFalse(text.equals(english.getString(key)), locale + " translates " + key);
                }
            }
        }
    }
}
