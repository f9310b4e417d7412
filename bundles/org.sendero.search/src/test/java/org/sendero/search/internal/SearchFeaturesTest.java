package org.sendero.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.search.Completion;
import org.sendero.search.FacetCount;
import org.sendero.search.IndexProgress;
import org.sendero.search.SearchHit;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;
import org.sendero.search.internal.index.PackSource;
import org.sendero.search.testing.Starter;
import org.sendero.search.testing.TinyPacks;

/** What a searcher sees over the starter pack: passages, facets, filters, spelling, completions. */
class SearchFeaturesTest {

    @TempDir
    static Path temp;

    private static SearchEngine engine;

    @BeforeAll
    static void index() throws IOException {
        engine = Starter.indexed(temp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static SearchResults search(String query) throws IOException {
        return engine.search(SearchRequest.of(query));
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    @Test
    void passagesMarkTheMatchingWordsOneToThreePerSection() throws IOException {
        SearchResults results = search("trafficking indicators");
        SearchHit first = results.hits().get(0);
        assertEquals("tip-indicators", first.doc());
        assertTrue(first.snippets().size() >= 1 && first.snippets().size() <= 3, first.snippets().toString());
        assertTrue(first.snippets().stream().anyMatch(s -> s.contains("<b>")), first.snippets().toString());
        assertFalse(first.snippets().stream().anyMatch(s -> s.contains("<script")));
        assertEquals(List.of("Sendero starter library", "checklist"), first.breadcrumb());
        assertEquals("guidance", first.kind());
    }

    @Test
    void lessonsCarryTheirCourseAndModuleInTheBreadcrumb() throws IOException {
        SearchHit lesson = search("machine readable zone check digit").hits().get(0);
        assertEquals("lesson", lesson.kind());
        assertEquals(3, lesson.breadcrumb().size(), lesson.breadcrumb().toString());
        assertFalse(lesson.section().isEmpty());
    }

    @Test
    void sectionsOfOneDocumentAreGroupedAndAtMostThree() throws IOException {
        SearchResults results = search("children");
        Set<String> seen = new HashSet<>();
        String previous = "";
        for (SearchHit hit : results.hits()) {
            if (!hit.documentKey().equals(previous)) {
                assertTrue(seen.add(hit.documentKey()), "the sections of " + hit.documentKey() + " are apart");
                previous = hit.documentKey();
            }
        }
        results.documents().forEach(sections -> assertTrue(sections.size() <= 3));
        assertEquals(10, results.documents().size());
    }

    @Test
    void facetsCountAndFiltersNarrow() throws IOException {
        SearchResults all = search("border");
        Map<String, List<FacetCount>> facets = all.facets();
        assertEquals(SearchRequest.FACETS, List.copyOf(facets.keySet()));
        Set<String> languages = new HashSet<>(facets.get("language").stream().map(FacetCount::value).toList());
        assertEquals(Set.of("en", "es", "fr"), languages);
        assertEquals(all.total(), facets.get("kind").stream().mapToInt(FacetCount::count).sum());

        SearchResults spanishLessons = engine.search(SearchRequest.of("border").withFilter("language", "es")
                .withFilter("kind", "lesson"));
        assertTrue(spanishLessons.total() > 0);
        spanishLessons.hits()
                .forEach(hit -> assertTrue(hit.lang().equals("es") && hit.kind().equals("lesson"), hit.id()));
        assertEquals(spanishLessons.total(), search("border lang:es kind:lesson").total(),
                "the query syntax filters alike");

        SearchResults spanishOrFrench = engine.search(SearchRequest.of("border").withFilter("language", "es")
                .withFilter("language", "fr"));
        long spanish = engine.search(SearchRequest.of("border").withFilter("language", "es")).total();
        long french = engine.search(SearchRequest.of("border").withFilter("language", "fr")).total();
        assertTrue(spanish > 0 && french > 0);
        assertEquals(spanish + french, spanishOrFrench.total(), "two values of one facet are either one, not both");

        SearchResults checklists = search("victims type:checklist");
        assertTrue(checklists.total() > 0);
        checklists.hits()
                .forEach(hit -> assertTrue(hit.doc().equals("tip-indicators") || hit.doc().equals("referral-checklist"),
                        hit.id()));
    }

    @Test
    void documentsWithEveryWordRankAboveThoseMissingOne() throws IOException {
        Set<String> interpreters = ids("interpreters");
        Set<String> consent = ids("consent");
        SearchResults both = engine.search(SearchRequest.of("interpreters consent").withLimit(30).bare());
        boolean missingSeen = false;
        for (List<SearchHit> document : both.documents()) {
            String best = document.get(0).id();
            boolean complete = interpreters.contains(best) && consent.contains(best);
            assertFalse(complete && missingSeen, best + " has both words but ranks below a section missing one");
            missingSeen |= !complete;
        }
        assertTrue(missingSeen, "the query should also find sections with one of the words");
    }

    private static Set<String> ids(String query) throws IOException {
        return new HashSet<>(engine.search(SearchRequest.of(query).withLimit(500).bare()).hits().stream()
                .map(SearchHit::id).toList());
    }

    @Test
    void quotedPhrasesMatchExactWordsOnly() throws IOException {
        long stemmed = search("indicator").total();
        long exact = search("\"indicator\"").total();
        assertTrue(exact < stemmed, exact + " exact against " + stemmed + " stemmed");
        for (SearchHit hit : search("\"non-punishment\"").hits()) {
            assertTrue(
                    hit.snippets().stream()
                            .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains("<b>non</b>-<b>punishment</b>")
                                    || s.toLowerCase(Locale.ROOT).contains("<b>non-punishment</b>"))
                            || hit.title().toLowerCase(Locale.ROOT).contains("non-punishment")
                            || hit.sectionTitle().toLowerCase(Locale.ROOT).contains("non-punishment"),
                    hit.id() + " " + hit.snippets());
        }
    }

    @Test
    void accentsAndCaseDoNotMatter() throws IOException {
        assertEquals(search("niños no acompañados").total(), search("NINOS NO ACOMPANADOS").total());
        assertEquals("uasc-procedure", search("ninos no acompanados").hits().get(0).doc());
    }

    @Test
    void traficoAloneNeverFindsTraffickingThroughTheGlossary() throws IOException {
        SearchResults results = engine.search(SearchRequest.of("tráfico").withLimit(50));
        assertTrue(results.total() > 0);
        for (SearchHit hit : results.hits()) {
            String text = folded(hit.title() + " " + hit.sectionTitle() + " " + String.join(" ", hit.snippets()));
            assertTrue(text.contains("trafic"), hit.id() + " matched without the word: " + hit.snippets());
        }
    }

    @Test
    void glossaryFindsTheOtherLanguages() throws IOException {
        List<String> spanish = engine.search(SearchRequest.of("trafficking lang:es")).documents().stream()
                .map(sections -> sections.get(0).doc()).toList();
        assertTrue(spanish.subList(0, 3).contains("tip-definition") || spanish.subList(0, 3).contains("tip-indicators"),
                spanish.toString());
        List<String> smuggling = engine.search(SearchRequest.of("smuggling lang:es")).hits().stream()
                .map(SearchHit::doc).toList();
        assertTrue(smuggling.contains("smuggling-definition"), smuggling.toString());
    }

    @Test
    void misspelledWordsGetSuggestionsAndNearlyEmptyQueriesTheCorrectedResults() throws IOException {
        SearchResults results = search("smugling");
        assertEquals("smuggling", results.didYouMean().get(0));
        assertEquals("smuggling", results.showingResultsFor().orElseThrow());
        assertTrue(results.total() > 10);
        assertTrue(search("trafiking indicators").didYouMean().contains("trafficking indicators"));
        assertTrue(search("trafficking indicators").didYouMean().isEmpty());
        assertTrue(search("trafiking").didYouMean().size() <= 3);
    }

    @Test
    void aMisspelledWordWithAnAccentIsCorrectedInSpanishAndFrench() throws IOException {
        // the word is folded ("niñass" -> "ninass") to be checked; the correction must still find it in the query
        List<String> spanish = search("niñass no acompañadas").didYouMean();
        assertTrue(spanish.contains("ninas no acompañadas"), spanish.toString());
        List<String> french = search("réfugiéss à la frontière").didYouMean();
        assertTrue(french.stream().anyMatch(query -> query.startsWith("refugie") && query.endsWith(" à la frontière")),
                french.toString());
    }

    @Test
    void malformedQueriesNeverFail() throws IOException {
        for (String query : List.of("\"", "-", "AND OR", "OR", "NOT", "topic:", "((", "*?", "\"non-punishment",
                "+ - \" OR",
                "lang:", "a:b:c", "\u0000", "~~~", "")) {
            search(query);
        }
        assertEquals("non-punishment", search("\"non-punishment").hits().get(0).doc());
    }

    @Test
    void completionsComeFromTitlesAndGlossaryInTheUsersLanguageFirst() throws IOException {
        List<Completion> spanish = engine.complete("trat", "es", 5);
        assertFalse(spanish.isEmpty());
        assertEquals("es", spanish.get(0).lang());
        assertTrue(spanish.stream().anyMatch(c -> c.text().equals("trata de personas") && c.kind().equals("glossary")),
                spanish.toString());
        assertTrue(engine.complete("ninos", "es", 10).stream().anyMatch(c -> c.text().startsWith("Niñas, niños")),
                "accents do not matter");
        assertEquals(List.of(), engine.complete("", "en", 5));
    }

    @Test
    void onEqualScoresTheUsersLanguageComesFirstAndPdfPagesAreKept(@TempDir Path folder) throws IOException {
        String text = "Frontera border frontera checkpoint guidance.";
        var pack = TinyPacks.pack("tiny",
                TinyPacks.doc("same", "en", "Checkpoint", TinyPacks.page("a", "Checkpoint", text, 7)),
                TinyPacks.doc("same", "es", "Checkpoint", TinyPacks.page("a", "Checkpoint", text, 7)));
        try (SearchEngine tiny = new SearchEngine(folder)) {
            tiny.update(List.of(PackSource.of(pack, "one")), IndexProgress.NONE, false);
            SearchResults english = tiny.search(SearchRequest.of("checkpoint").inLanguage("en"));
            SearchResults spanish = tiny.search(SearchRequest.of("checkpoint").inLanguage("es"));
            assertEquals(english.hits().get(0).score(), english.hits().get(1).score());
            assertEquals("en", english.hits().get(0).lang());
            assertEquals("es", spanish.hits().get(0).lang());
            assertEquals(7, english.hits().get(0).page().getAsInt());
        }
    }

    @Test
    void aWordFindsItsOtherFormsAndAQuotedWordOnlyItself(@TempDir Path folder) throws IOException {
        var pack = TinyPacks.pack("tiny",
                TinyPacks.doc("one", "en", "Ports", TinyPacks.section("a", "Coasts", "Checks at the border.")),
                TinyPacks.doc("two", "en", "Coasts", TinyPacks.section("a", "Ports", "Routes across borders.")),
                TinyPacks.doc("three", "es", "Costas", TinyPacks.section("a", "Puertos", "Controles en la frontera.")));
        try (SearchEngine tiny = new SearchEngine(folder)) {
            tiny.update(List.of(PackSource.of(pack, "one")), IndexProgress.NONE, false);
            assertEquals(List.of("one", "two"),
                    tiny.search(SearchRequest.of("border")).hits().stream().map(SearchHit::doc).sorted().toList());
            assertEquals(List.of("one", "two"),
                    tiny.search(SearchRequest.of("borders")).hits().stream().map(SearchHit::doc).sorted().toList());
            assertEquals(List.of("one"),
                    tiny.search(SearchRequest.of("\"border\"")).hits().stream().map(SearchHit::doc).toList());
            assertEquals(List.of("two"),
                    tiny.search(SearchRequest.of("\"borders\"")).hits().stream().map(SearchHit::doc).toList());
        }
    }
}
