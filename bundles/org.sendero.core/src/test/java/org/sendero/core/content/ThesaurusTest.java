package org.sendero.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What search asks of the thesaurus: the other names of a concept, in one language and in the others. */
class ThesaurusTest {

    private static final Concept TRAVEL_DOCUMENT = new Concept("travel-document", Optional.empty(),
            Map.of("en", List.of("travel document", "passport"), "es", List.of("documento de viaje", "pasaporte"),
                    "fr", List.of("document de voyage", "passeport")));
    private static final Concept FRAUDULENT = new Concept("fraudulent-document", Optional.of("travel-document"),
            Map.of("en", List.of("fraudulent document", "forged document", "fake document"), "es",
                    List.of("documento fraudulento", "documento falso"), "fr",
                    List.of("document frauduleux", "faux document")));

    private final Thesaurus thesaurus = Thesaurus.of(List.of(TRAVEL_DOCUMENT, FRAUDULENT));

    @Test
    void aPhraseExpandsToItsAlternativesAndItsEquivalentsInTheOtherLanguages() {
        ThesaurusExpansion forged = thesaurus.expand("Forged  Document", "en").orElseThrow();
        assertEquals("forged document", forged.phrase());
        assertEquals(List.of("fraudulent document", "fake document"), forged.alternatives());
        assertEquals(Map.of("es", List.of("documento fraudulento", "documento falso"), "fr",
                List.of("document frauduleux", "faux document")), forged.equivalents());
        assertEquals(FRAUDULENT, forged.concept());
        assertEquals(List.of("travel document", "passport"), forged.broaderTerms());
        assertEquals(List.of(), thesaurus.expand("passport", "en").orElseThrow().broaderTerms());
    }

    @Test
    void lookUpIgnoresCaseAndAccentsButKeepsTheLanguage() {
        assertEquals(Optional.of(TRAVEL_DOCUMENT), thesaurus.conceptOf("PASAPORTE", "es"));
        assertEquals(Optional.empty(), thesaurus.conceptOf("pasaporte", "en"));
        assertEquals(List.of("travel document"), thesaurus.expand("passport", "en").orElseThrow().alternatives());
        ThesaurusExpansion unaccented = thesaurus.expand("document frauduléux", "fr").orElseThrow();
        assertEquals("document frauduleux", unaccented.phrase());
        assertEquals(List.of("faux document"), unaccented.alternatives());
        assertEquals("l'entree", Thesaurus.key("L’Entrée"));
        assertEquals("non refoulement safe orderly", Thesaurus.key(" Non-Refoulement: «safe, 'orderly'» "));
    }

    @Test
    void anUnknownPhraseHasNoExpansionAndAPhraseInSeveralLanguagesHasOneForEach() {
        assertTrue(thesaurus.expand("smuggling", "en").isEmpty());
        Concept migrant = new Concept("migrant", Optional.empty(),
                Map.of("en", List.of("migrant"), "es", List.of("migrante"), "fr", List.of("migrant", "migrante")));
        List<ThesaurusExpansion> found = Thesaurus.of(List.of(migrant)).expandInAnyLanguage("migrante");
        assertEquals(List.of("es", "fr"), found.stream().map(ThesaurusExpansion::language).toList());
    }

    @Test
    void theTermsInAQueryAreFoundLongestFirstFromTheLeft() {
        List<ThesaurusExpansion> found = thesaurus.phrasesIn("¿Pasaporte o DOCUMENTO de viaje, documento falso?", "es");
        assertEquals(List.of("pasaporte", "documento de viaje", "documento falso"),
                found.stream().map(ThesaurusExpansion::phrase).toList());
        assertEquals(List.of(TRAVEL_DOCUMENT, TRAVEL_DOCUMENT, FRAUDULENT),
                found.stream().map(ThesaurusExpansion::concept).toList());
        assertEquals(List.of("pasaporte"), found.get(1).alternatives());
        assertEquals(List.of(), thesaurus.phrasesIn("documento de identidad", "es"));
        assertEquals(List.of(), thesaurus.phrasesIn("", "en"));
    }

    @Test
    void theTreeGoesFromTopConceptsToNarrowerOnes() {
        assertEquals(List.of(TRAVEL_DOCUMENT), thesaurus.topConcepts());
        assertEquals(List.of(FRAUDULENT), thesaurus.narrower("travel-document"));
        assertEquals(3, thesaurus.longestTermWords());
    }

    @Test
    void aMinistryPackAddsItsWordsToAConceptByRepeatingItsId() {
        Concept local = new Concept("fraudulent-document", Optional.empty(),
                Map.of("es", List.of("Documento falso", "documento chueco")));
        Thesaurus merged = Thesaurus.merge(List.of(thesaurus, Thesaurus.of(List.of(local))));
        Concept concept = merged.concept("fraudulent-document").orElseThrow();
        assertEquals(List.of("documento fraudulento", "documento falso", "documento chueco"), concept.terms("es"));
        assertEquals(Optional.of("travel-document"), concept.broader());
        assertEquals(Optional.of(concept), merged.conceptOf("documento chueco", "es"));
        assertEquals(2, merged.concepts().size());
    }
}
