package org.sendero.starter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.Concept;
import org.sendero.core.content.Thesaurus;
import org.sendero.core.content.ThesaurusExpansion;

/** What the starter pack's migration thesaurus promises search: enough concepts, in every language, in one tree. */
class StarterThesaurusTest {

    private static final List<String> LANGUAGES = List.of("en", "es", "fr");

    private final Thesaurus thesaurus = StarterPackFixture.pack().thesaurus();

    @Test
    void atLeast400ConceptsEachWithAPreferredTermInEnglishSpanishAndFrench() {
        assertTrue(thesaurus.concepts().size() >= 400, "concepts: " + thesaurus.concepts().size());
        List<String> missing = new ArrayList<>();
        for (Concept concept : thesaurus.concepts()) {
            for (String language : LANGUAGES) {
                if (concept.preferred(language).isEmpty()) {
                    missing.add(concept.id() + " (" + language + ")");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyBroaderConceptResolvesAndLeadsUpToOneOfAboutTwelveTopConcepts() {
        List<String> problems = new ArrayList<>();
        for (Concept concept : thesaurus.concepts()) {
            Set<String> seen = new HashSet<>();
            Optional<Concept> current = Optional.of(concept);
            while (current.isPresent() && current.get().broader().isPresent() && seen.add(current.get().id())) {
                String broader = current.get().broader().get();
                current = thesaurus.concept(broader);
                if (current.isEmpty()) {
                    problems.add(concept.id() + ": unknown broader " + broader);
                }
            }
        }
        assertEquals(List.of(), problems);
        List<Concept> tops = thesaurus.topConcepts();
        assertTrue(tops.size() >= 10 && tops.size() <= 16, "top concepts: " + tops.size());
        for (Concept top : tops) {
            assertTrue(thesaurus.narrower(top.id()).size() >= 3, top.id() + " has too few narrower concepts");
        }
    }

    @Test
    void theIssuesExamplesExpandInTheirLanguageAndAcrossLanguages() {
        ThesaurusExpansion forged = thesaurus.expand("forged document", "en").orElseThrow();
        assertTrue(forged.alternatives().containsAll(List.of("false document", "fake document", "fraudulent document")),
                forged.alternatives().toString());
        assertTrue(forged.equivalents().get("es").contains("documento falso"), forged.equivalents().toString());
        ThesaurusExpansion passport = thesaurus.expand("passport", "en").orElseThrow();
        assertTrue(passport.broaderTerms().contains("travel document"), passport.broaderTerms().toString());
        assertEquals(List.of("pasaporte"), passport.equivalents().get("es").subList(0, 1));
        ThesaurusExpansion trafficking = thesaurus.expand("trafficking in persons", "en").orElseThrow();
        assertEquals("trata de personas", trafficking.equivalents().get("es").get(0));
        assertEquals("traite des personnes", trafficking.equivalents().get("fr").get(0));
        assertEquals("trafic illicite de migrants",
                thesaurus.expand("tráfico ilícito de migrantes", "es").orElseThrow().equivalents().get("fr").get(0));
    }

    @Test
    void theWordsOfficialsUseInEachLanguageAreThere() {
        List<String> missing = new ArrayList<>();
        for (String spanish : List.of("trata de personas", "tráfico ilícito de migrantes",
                "persona solicitante de la condición de refugiado", "no devolución",
                "determinación del interés superior")) {
            thesaurus.conceptOf(spanish, "es").ifPresentOrElse(c -> {
            }, () -> missing.add(spanish));
        }
        for (String french : List.of("traite des personnes", "trafic illicite de migrants", "passeur",
                "demandeur d'asile", "non-refoulement")) {
            thesaurus.conceptOf(french, "fr").ifPresentOrElse(c -> {
            }, () -> missing.add(french));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aBareTraficoIsNeverATermSoItIsNeverExpanded() {
        assertEquals(Optional.empty(), thesaurus.conceptOf("tráfico", "es"));
        assertEquals(Optional.empty(), thesaurus.conceptOf("traficante", "es"));
        assertTrue(thesaurus.conceptOf("trata de personas", "es").orElseThrow() != thesaurus
                .conceptOf("tráfico ilícito de migrantes", "es").orElseThrow());
    }
}
