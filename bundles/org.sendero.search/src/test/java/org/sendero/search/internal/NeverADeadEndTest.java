package org.sendero.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.search.testing.TinyPacks.doc;
import static org.sendero.search.testing.TinyPacks.pack;
import static org.sendero.search.testing.TinyPacks.section;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.search.IndexProgress;
import org.sendero.search.SearchHit;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;
import org.sendero.search.internal.index.PackSource;

/**
 * A search never ends in an empty page when something can be shown: corrections keep the filters
 * and phrases, stop words of one language are searched in the others, a valid Spanish word is not
 * turned into English, and when no section has every word those with most of them are shown, with a
 * flag for the UI to say so.
 */
class NeverADeadEndTest {

    @TempDir
    static Path temp;

    private static SearchEngine engine;

    @BeforeAll
    static void index() throws IOException {
        engine = new SearchEngine(temp.resolve("index"));
        engine.update(List.of(PackSource.of(pack("reports",
                doc("sea-crossings", "en", "Crossings by boat",
                        section("risks", "Risks",
                                "Overloaded boats capsize far from the coast. Shipwrecks leave families without news."),
                        section("rescue", "Rescue",
                                "Coast guards must help people in distress. Survivors are taken to a place of safety"
                                        + " where they can rest, eat and ask for protection, whoever they are and"
                                        + " however they travelled, which the law of the sea has long required.")),
                doc("land-smuggling", "en", "Smuggling over land",
                        section("routes", "Routes", "Smuggling networks move people over land. Smuggling fees are"
                                + " high and smuggling guides abandon people.")),
                doc("smuggling-at-sea", "en", "Migrants at sea",
                        section("boats", "Boats", "Smuggling by sea uses old fishing boats and rubber dinghies that"
                                + " are unfit for the open sea, with little fuel, little water and no life jackets"
                                + " for the passengers, who are often hidden below deck for days.")),
                doc("money-home", "en", "Money sent home",
                        section("flows", "Flows", "Remittances sent home by migrant workers pay for food and school.")),
                doc("envios", "es", "Envíos de dinero",
                        section("uno", "Uno", "La familia remite dinero cada mes."),
                        section("dos", "Dos", "El banco remite el recibo al cliente."),
                        section("tres", "Tres", "Quien remite el dinero paga una comisión."),
                        section("cuatro", "Cuatro", "El trabajador remite parte del salario.")),
                doc("desastres", "es", "Huracanes y terremotos",
                        section("uno", "Desastres naturales", "Los huracanes destruyen las cosechas."),
                        section("dos", "Desastres naturales", "Los terremotos derriban las casas."),
                        section("tres", "Desastres naturales", "Las sequías vacían los pozos.")),
                doc("disasters", "en", "Disaster displacement",
                        section("overview", "Overview", "Disasters displace millions of people every year.")),
                doc("health-posts", "en", "Health at border posts",
                        section("outbreaks", "Outbreaks",
                                "During an ebola outbreak, border posts check every traveller's vaccine record.")),
                doc("passport-chips", "en", "Electronic passports",
                        section("chip", "The chip", "The passport chip holds the data page and a photograph.")),
                doc("chip-cards", "en", "Cards with chips",
                        section("cards", "Cards", "A chip, a chip reader and chip keys: chip cards are chip based."))),
                "1")), IndexProgress.NONE, false);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static SearchResults search(SearchRequest request) throws IOException {
        return engine.search(request);
    }

    private static SearchResults search(String query) throws IOException {
        return search(SearchRequest.of(query));
    }

    private static List<String> documents(SearchResults results) {
        return results.documents().stream().map(sections -> sections.get(0)).map(SearchHit::doc).toList();
    }

    @Test
    void aMisspelledWordWithAFilterInTheQueryIsCorrectedAndTheFilterKept() throws IOException {
        SearchResults results = search("shipwreks lang:en");
        assertEquals(Optional.of("shipwrecks lang:en"), results.showingResultsFor());
        assertEquals(List.of("sea-crossings"), documents(results));
    }

    @Test
    void aMisspelledWordWithAFacetChosenIsCorrectedAndTheFacetApplied() throws IOException {
        SearchResults results = search(SearchRequest.of("shipwreks").withFilter("pack", "reports"));
        assertEquals(Optional.of("shipwrecks"), results.showingResultsFor());
        assertEquals(List.of("sea-crossings"), documents(results));
        assertTrue(search(SearchRequest.of("shipwreks").withFilter("language", "es")).hits().isEmpty(),
                "the chosen language has no such word: the facet is not dropped to find one");
    }

    @Test
    void aCorrectionChangesTheWordsButNeitherThePhraseNorTheFilter() throws IOException {
        SearchResults results = search("\"boats capsize\" shipwreks pack:reports");
        assertEquals(Optional.of("\"boats capsize\" shipwrecks pack:reports"), results.showingResultsFor());
        assertEquals("sea-crossings", documents(results).get(0));
    }

    @Test
    void aWordWhoseStemOnlyAnotherLanguageHasIsStillCorrected() throws IOException {
        // the English stem of "remitances" is "remit", which only the Spanish sections hold ("remite")
        SearchResults results = search("remitances");
        assertEquals(Optional.of("remittances"), results.showingResultsFor());
        assertEquals("money-home", documents(results).get(0));
    }

    @Test
    void aValidSpanishWordIsNotCorrectedIntoEnglish() throws IOException {
        for (String language : List.of("en", "es")) {
            SearchResults results = search(SearchRequest.of("desastres naturales").inLanguage(language));
            assertEquals(List.of(), results.didYouMean(), language);
            assertEquals(Optional.empty(), results.showingResultsFor(), language);
            assertEquals("desastres", documents(results).get(0), language);
        }
    }

    @Test
    void aWordThatIsAStopWordInOneLanguageIsSearchedInTheOthers() throws IOException {
        // "sea" is a Spanish stop word: alone it found nothing, and in a query it did not count
        assertEquals("smuggling-at-sea", documents(search("sea")).get(0));
        assertTrue(documents(search("sea")).contains("sea-crossings"));
        assertEquals("smuggling-at-sea", documents(search("smuggling at sea")).get(0));
        assertEquals(List.of("land-smuggling", "smuggling-at-sea"), documents(search("smuggling")).stream().sorted()
                .toList(), "a word every language searches is unchanged");
    }

    @Test
    void whenNoSectionHasAllTheWordsThoseWithMostOfThemComeFirstAndTheResultsSaySo() throws IOException {
        SearchResults results = search("ebola vaccine passport chip");
        assertTrue(results.mostWordsOnly());
        assertEquals(List.of("health-posts", "passport-chips"), documents(results).subList(0, 2).stream().sorted()
                .toList(), "two words each before the page that repeats one word");
        assertEquals("chip-cards", documents(results).get(2));
        assertTrue(results.hits().stream().allMatch(hit -> hit.score() > 0 && hit.score() < 1000),
                "the relevance shown is without the ordering bonus: " + results.hits());
    }

    @Test
    void theFlagIsOffWhenASectionHasEveryWordOrTheQueryHasOne() throws IOException {
        assertFalse(search("passport chip").mostWordsOnly());
        assertFalse(search("chip").mostWordsOnly());
        assertFalse(search("zzzz qqqq").mostWordsOnly(), "nothing found at all is not 'most of the words'");
    }

    @Test
    void theWordsThatFrameAQuestionAreNotRequired() throws IOException {
        SearchResults results = search("what does remittances mean");
        assertFalse(results.mostWordsOnly(), "the section on remittances has every word that counts");
        assertEquals("money-home", documents(results).get(0));
        // "where" frames a question, but alone it is what is searched for
        assertEquals(List.of("sea-crossings"), documents(search("where")));
    }
}
