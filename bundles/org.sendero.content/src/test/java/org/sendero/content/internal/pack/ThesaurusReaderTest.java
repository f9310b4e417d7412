package org.sendero.content.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.PackReport;
import org.sendero.content.Problem;
import org.sendero.core.content.Concept;
import org.sendero.core.content.Thesaurus;

/** thesaurus.yaml is validated like the glossary: every mistake is one line with its file and line. */
class ThesaurusReaderTest {

    private static final String PACK = """
            id: thesaurus-pack
            version: 1.0.0
            title: {en: Thesaurus pack}
            languages: [en, es, fr]
            """;

    @TempDir
    Path folder;

    private PackReport read(String thesaurus) throws IOException {
        Files.writeString(folder.resolve("pack.yaml"), PACK, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("thesaurus.yaml"), thesaurus, StandardCharsets.UTF_8);
        return PackReader.read(folder);
    }

    private List<String> problems(String thesaurus) throws IOException {
        return read(thesaurus).problems().stream().filter(p -> p.path().equals("thesaurus.yaml"))
                .map(Problem::toString).toList();
    }

    @Test
    void aValidThesaurusReadsIntoConceptsWithTheirBroaderConcepts() throws IOException {
        PackReport report = read("""
                concepts:
                  - id: travel-document
                    broader: ~
                    en: {preferred: travel document, alt: [passport]}
                    es: {preferred: documento de viaje, alt: [pasaporte]}
                    fr: {preferred: document de voyage, alt: [passeport]}
                  - id: fraudulent-document
                    broader: travel-document
                    en: {preferred: fraudulent document, alt: [forged document, fake document]}
                    es: {preferred: documento fraudulento, alt: [documento falso]}
                    fr: {preferred: document frauduleux, alt: [faux document]}
                """);
        assertEquals(List.of(), report.problems().stream().filter(Problem::isError).toList());
        Thesaurus thesaurus = report.pack().orElseThrow().thesaurus();
        Concept fraudulent = thesaurus.concept("fraudulent-document").orElseThrow();
        assertEquals("travel-document", fraudulent.broader().orElseThrow());
        assertEquals(List.of("fraudulent document", "forged document", "fake document"), fraudulent.terms("en"));
        assertTrue(thesaurus.concept("travel-document").orElseThrow().broader().isEmpty());
        assertEquals(List.of(fraudulent), thesaurus.narrower("travel-document"));
    }

    @Test
    void anUnknownBroaderConceptIsAnErrorOnItsLine() throws IOException {
        assertEquals(List.of("thesaurus.yaml:3:14: error: unknown broader concept 'documents' of concept 'passport'"),
                problems("""
                        concepts:
                          - id: passport
                            broader: documents
                            en: {preferred: passport}
                            es: {preferred: pasaporte}
                            fr: {preferred: passeport}
                        """));
    }

    @Test
    void broaderConceptsThatGoRoundInACycleAreOneError() throws IOException {
        assertEquals(List.of("thesaurus.yaml:3:14: error: broader concepts go round in a cycle: a -> b -> a"),
                problems("""
                        concepts:
                          - id: a
                            broader: b
                            en: {preferred: first}
                            es: {preferred: primero}
                            fr: {preferred: premier}
                          - id: b
                            broader: a
                            en: {preferred: second}
                            es: {preferred: segundo}
                            fr: {preferred: second}
                        """));
    }

    @Test
    void theSameTermInTwoConceptsOfOneLanguageIsAnErrorEvenWithOtherCaseAndAccents() throws IOException {
        assertEquals(List.of(
                "thesaurus.yaml:9:39: error: es term 'Tráfico ilicito' already names concept 'smuggling' (line 4);"
                        + " a term may name only one concept in a language",
                "thesaurus.yaml:10:48: error: fr term 'passeur' is given twice in concept 'smuggler' (first at line 10)"),
                problems("""
                        concepts:
                          - id: smuggling
                            en: {preferred: migrant smuggling}
                            es: {preferred: tráfico ilícito de migrantes, alt: [tráfico ilícito]}
                            fr: {preferred: trafic illicite de migrants}
                          - id: smuggler
                            broader: smuggling
                            en: {preferred: smuggler}
                            es: {preferred: traficante, alt: [Tráfico ilicito]}
                            fr: {preferred: passeur, alt: [trafiquant, passeur]}
                        """));
    }

    @Test
    void oneTermMayNameTheSameConceptInTwoLanguages() throws IOException {
        assertEquals(List.of(), problems("""
                concepts:
                  - id: migrant
                    en: {preferred: migrant}
                    es: {preferred: migrante}
                    fr: {preferred: migrant}
                """));
    }

    @Test
    void aMissingLanguageOrPreferredTermAndEmptyTermsAreErrors() throws IOException {
        assertEquals(List.of(
                "thesaurus.yaml:2:5: error: concept 'visa' has no fr terms; every concept needs a preferred term"
                        + " in each language of the pack (en, es, fr)",
                "thesaurus.yaml:4:9: error: missing key 'preferred' in the es terms",
                "thesaurus.yaml:4:16: error: an alternative es term is empty",
                "thesaurus.yaml:5:5: error: language 'de' is not declared in pack.yaml (languages: en, es, fr)",
                "thesaurus.yaml:5:21: error: the preferred de term is empty"),
                problems("""
                        concepts:
                          - id: visa
                            en: {preferred: visa}
                            es: {alt: [""]}
                            de: {preferred: ""}
                        """));
    }

    @Test
    void aDuplicateConceptIdIsAnError() throws IOException {
        assertEquals(List.of("thesaurus.yaml:6:9: error: duplicate concept id 'visa' (first at line 2)"), problems("""
                concepts:
                  - id: visa
                    en: {preferred: visa}
                    es: {preferred: visado, alt: [visa]}
                    fr: {preferred: visa}
                  - id: visa
                    en: {preferred: entry visa}
                    es: {preferred: visado de entrada}
                    fr: {preferred: visa d'entrée}
                """));
    }

    @Test
    void aPackWithoutThesaurusHasAnEmptyOne() throws IOException {
        Files.writeString(folder.resolve("pack.yaml"), PACK, StandardCharsets.UTF_8);
        assertTrue(PackReader.read(folder).pack().orElseThrow().thesaurus().isEmpty());
    }
}
