package org.sendero.search.internal.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendero.search.internal.analysis.TextAnalysis;
import org.sendero.search.internal.index.PackDocuments;
import org.sendero.search.testing.Starter;

/** The starter glossary as synonyms, with its false friend. */
class GlossaryTest {

    private final TextAnalysis analysis = new TextAnalysis();
    private final Glossary glossary = Glossary.of(PackDocuments.glossaryLines(Starter.pack()), analysis.plain());

    private List<String> synonymsOf(String typed) {
        List<String> tokens = TextAnalysis.tokens(analysis.plain(), typed);
        Optional<Glossary.Match> match = glossary.longestAt(tokens, 0, end -> end == tokens.size());
        return match.map(m -> glossary.synonyms(m.terms()).stream().map(Glossary.Term::text).toList())
                .orElse(List.of());
    }

    @Test
    void traffickingFindsTheSpanishAndFrenchTerms() {
        List<String> synonyms = synonymsOf("trafficking");
        assertTrue(synonyms.contains("trata de personas"), synonyms.toString());
        assertTrue(synonyms.contains("traite des personnes"), synonyms.toString());
    }

    @Test
    void smugglingFindsTraficoIlicitoDeMigrantes() {
        List<String> synonyms = synonymsOf("smuggling");
        assertTrue(synonyms.contains("tráfico ilícito de migrantes"), synonyms.toString());
        assertFalse(synonyms.contains("trata de personas"), synonyms.toString());
    }

    @Test
    void plainTraficoIsNotExpandedToTrafficking() {
        assertTrue(synonymsOf("tráfico").isEmpty());
        assertTrue(synonymsOf("trafico").isEmpty());
        List<String> tokens = TextAnalysis.tokens(analysis.plain(), "tráfico de personas");
        for (int start = 0; start < tokens.size(); start++) {
            glossary.longestAt(tokens, start, end -> true).ifPresent(match -> assertFalse(
                    match.terms().stream().anyMatch(t -> t.concept().equals("trafficking-in-persons")),
                    match.toString()));
        }
    }

    @Test
    void termsMatchWithoutAccentsAndCase() {
        assertTrue(synonymsOf("TRAFICO ILICITO DE MIGRANTES").contains("migrant smuggling"));
        assertTrue(synonymsOf("Traite des Etres Humains").contains("trafficking in persons"));
    }

    private List<String> narrowerOf(String typed) {
        List<String> tokens = TextAnalysis.tokens(analysis.plain(), typed);
        Optional<Glossary.Match> match = glossary.longestAt(tokens, 0, end -> end == tokens.size());
        return match.map(m -> glossary.narrower(m.terms()).stream().map(Glossary.Term::text).toList())
                .orElse(List.of());
    }

    @Test
    void aConceptWithAFewKindsFindsTheirPreferredTermsInEveryLanguage() {
        List<String> kinds = narrowerOf("violencia basada en género");
        assertTrue(kinds.containsAll(List.of("sexual violence", "violencia sexual", "violence sexuelle",
                "domestic violence", "violencia doméstica", "violence domestique")), kinds.toString());
        assertFalse(kinds.contains("rape"), "only the preferred term of a narrower concept: " + kinds);
    }

    @Test
    void aConceptWithManyKindsAndOneWithNoneFindNoNarrowerTerms() {
        assertTrue(narrowerOf("migration").isEmpty(), "migration has many narrower concepts");
        assertTrue(narrowerOf("domestic violence").isEmpty(), "domestic violence has no narrower concept");
    }
}
