package org.sendero.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.search.testing.TinyPacks.doc;
import static org.sendero.search.testing.TinyPacks.section;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.content.Concept;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Thesaurus;
import org.sendero.search.IndexProgress;
import org.sendero.search.SearchHit;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;
import org.sendero.search.internal.index.PackSource;
import org.sendero.search.testing.TinyPacks;

/**
 * A pack's thesaurus widens a search: words typed find their concept's other terms in the same
 * language and in the others, plurals included, exact words first; the results say what else was
 * searched, and a search for the words as typed leaves the thesaurus out.
 */
class ThesaurusExpansionTest {

    @TempDir
    static Path temp;

    private static SearchEngine engine;

    @BeforeAll
    static void index() throws IOException {
        Pack documents = TinyPacks.pack("reports",
                doc("document-checks", "en", "Checking travel documents",
                        section("fraud", "Fraud", "A fraudulent document is found by its security features.")),
                doc("forged-word", "en", "The word itself",
                        section("forged", "Forged", "Officers call it forged when the forged page was replaced.")),
                doc("documentos", "es", "Revisión de documentos",
                        section("falsos", "Documentos falsos",
                                "Un documento falso se reconoce por sus elementos de seguridad.")),
                doc("asylum-interviews", "en", "Interviews",
                        section("survivors", "Survivors", "Survivors of sexual violence may speak late.")));
        Thesaurus thesaurus = Thesaurus.of(List.of(new Concept("fraudulent-document", Optional.empty(),
                Map.of("en", List.of("fraudulent document", "forged passport", "forged document"), "es",
                        List.of("documento fraudulento", "documento falso"), "fr",
                        List.of("document frauduleux", "faux passeport"))),
                new Concept("gender-based-violence", Optional.empty(),
                        Map.of("en", List.of("gender-based violence"), "es", List.of("violencia basada en género"),
                                "fr", List.of("violence basée sur le genre"))),
                new Concept("sexual-violence", Optional.of("gender-based-violence"),
                        Map.of("en", List.of("sexual violence", "rape"), "es", List.of("violencia sexual"), "fr",
                                List.of("violence sexuelle")))));
        Pack withThesaurus = new Pack(documents.info(), documents.guidance(), List.of(), List.of(), thesaurus);
        engine = new SearchEngine(temp.resolve("index"));
        engine.update(List.of(PackSource.of(withThesaurus, "1")), IndexProgress.NONE, false);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static List<String> documents(SearchResults results) {
        return results.documents().stream().map(sections -> sections.get(0)).map(SearchHit::doc).toList();
    }

    @Test
    void aPluralTypedFindsTheConceptsTermsInEveryLanguage() throws IOException {
        SearchResults results = engine.search(SearchRequest.of("forged passports"));
        assertTrue(documents(results).containsAll(List.of("document-checks", "documentos")),
                "the concept's English and Spanish terms: " + documents(results));
        assertTrue(results.searchedAlsoFor().containsAll(List.of("fraudulent document", "documento falso")),
                results.searchedAlsoFor().toString());
        assertTrue(!results.searchedAlsoFor().contains("forged passport"), "what was typed is not listed again");
    }

    @Test
    void aFrenchTermFindsEnglishAndSpanishDocuments() throws IOException {
        SearchResults results = engine.search(SearchRequest.of("faux passeports").inLanguage("fr"));
        assertTrue(documents(results).containsAll(List.of("document-checks", "documentos")), documents(results)
                .toString());
    }

    @Test
    void theWordsAsTypedOnlyLeaveTheThesaurusOut() throws IOException {
        SearchResults results = engine.search(SearchRequest.of("forged passports").expanded(false));
        assertEquals(List.of(), results.searchedAlsoFor());
        assertTrue(!documents(results).contains("documentos"), "no Spanish synonym: " + documents(results));
        assertEquals("forged-word", documents(results).get(0), "the typed word alone");
    }

    @Test
    void theWordTypedRanksAboveItsExpansions() throws IOException {
        assertEquals("forged-word", documents(engine.search(SearchRequest.of("forged"))).get(0));
    }

    @Test
    void aConceptFindsTextsThatNameOneOfItsKinds() throws IOException {
        SearchResults results = engine.search(SearchRequest.of("violencia basada en género").inLanguage("es"));
        assertEquals(List.of("asylum-interviews"), documents(results));
        assertTrue(results.searchedAlsoFor().contains("sexual violence"), results.searchedAlsoFor().toString());
        assertTrue(documents(engine.search(SearchRequest.of("sexual violence"))).contains("asylum-interviews"));
        assertEquals(List.of(), documents(engine.search(SearchRequest.of("rape"))).stream()
                .filter(doc -> !doc.equals("asylum-interviews")).toList(), "a kind does not find its broader concept");
    }
}
