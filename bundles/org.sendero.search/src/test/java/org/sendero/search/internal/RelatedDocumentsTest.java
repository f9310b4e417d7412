package org.sendero.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.sendero.search.SearchResults;
import org.sendero.search.internal.index.PackSource;
import org.sendero.search.testing.TinyPacks;

/** "More like this": documents that share a document's distinctive words, and its concepts in other languages. */
class RelatedDocumentsTest {

    @TempDir
    static Path temp;

    private static SearchEngine engine;

    private static final String BOATS = "Overloaded boats leave the coast at night. The boats capsize and the smugglers"
            + " abandon the passengers. Coast guards rescue survivors of the boats and take them ashore.";

    @BeforeAll
    static void index() throws IOException {
        Pack documents = TinyPacks.pack("reports",
                doc("sea-report", "en", "Smuggling at sea", section("boats", "Boats", BOATS),
                        section("rescue", "Rescue", "Survivors of capsized boats need rescue, water and shelter.")),
                doc("sea-report", "es", "Tráfico por mar", section("botes", "Botes", "Los botes zozobran.")),
                doc("rescue-notes", "en", "Rescue at sea",
                        section("guards", "Coast guards", "Coast guards rescue survivors when boats capsize at night;"
                                + " overloaded boats are common on this coast.")),
                doc("naufragios", "es", "Naufragios", section("mar", "En el mar",
                        "El tráfico ilícito de migrantes por mar deja naufragios frente a la costa.")),
                doc("remittances", "en", "Money sent home",
                        section("flows", "Flows", "Remittances pay for food and school fees of families.")));
        Thesaurus thesaurus = Thesaurus.of(List.of(new Concept("smuggling-by-sea", Optional.empty(),
                Map.of("en", List.of("smuggling at sea", "boats"), "es",
                        List.of("tráfico ilícito de migrantes por mar"),
                        "fr", List.of("trafic illicite de migrants par mer")))));
        engine = new SearchEngine(temp.resolve("index"));
        engine.update(List.of(PackSource.of(new Pack(documents.info(), documents.guidance(), List.of(), List.of(),
                thesaurus), "1")), IndexProgress.NONE, false);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static List<String> documents(SearchResults results) {
        return results.documents().stream().map(sections -> sections.get(0)).map(SearchHit::doc).toList();
    }

    @Test
    void documentsSharingItsWordsComeFirstAndItselfAndItsTranslationsNever() throws Exception {
        List<String> related = documents(engine.related("reports/guidance/sea-report/en", "en", 5));
        assertEquals("rescue-notes", related.get(0), related.toString());
        assertFalse(related.contains("sea-report"), "not the document itself, nor its Spanish version");
        assertFalse(related.contains("remittances"), "nothing in common: " + related);
    }

    @Test
    void itsConceptsFindDocumentsInOtherLanguages() throws Exception {
        assertTrue(documents(engine.related("reports/guidance/sea-report/en", "en", 5)).contains("naufragios"),
                "the Spanish document about the same concept");
    }

    @Test
    void anUnknownDocumentHasNoRelatedOnes() throws Exception {
        assertTrue(engine.related("reports/guidance/nothing/en", "en", 5).hits().isEmpty());
    }
}
