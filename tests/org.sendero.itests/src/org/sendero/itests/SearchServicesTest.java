package org.sendero.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendero.cli.internal.CommandLineService;
import org.sendero.content.ContentLibrary;
import org.sendero.search.IndexProgress;
import org.sendero.search.LibraryIndex;
import org.sendero.search.LibrarySearch;
import org.sendero.search.SearchRequest;

/**
 * The search bundle inside OSGi: its services find Lucene's wrapped bundles (analysis, facets,
 * highlighter, suggest), follow the content library, and answer on the command line.
 */
class SearchServicesTest {

    private static final Path STARTER = Path.of("../../bundles/org.sendero.starter/pack").toAbsolutePath().normalize();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) throws InterruptedException {
        out.reset();
        err.reset();
        return ServicesTest.service(CommandLineService.class).execute(List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void installSearchAndRemoveThroughTheServicesAndTheCommandLine() throws Exception {
        ContentLibrary library = ServicesTest.service(ContentLibrary.class);
        LibrarySearch search = ServicesTest.service(LibrarySearch.class);
        library.install(STARTER, true);
        try {
            assertEquals(0, run("index"), err.toString(StandardCharsets.UTF_8));
            assertTrue(search.search(SearchRequest.of("trata niños frontera")).total() > 0);
            assertEquals("tip-indicators",
                    search.search(SearchRequest.of("trafficking indicators")).hits().get(0).doc());
            assertTrue(search.complete("trafic", "en", 5).size() > 0);

            assertEquals(0, run("search", "smugling", "--json", "--limit", "3"), err.toString(StandardCharsets.UTF_8));
            assertTrue(out().contains("\"showingResultsFor\": \"smuggling\""), out());
            assertTrue(out().contains("\"didYouMean\": [\n    \"smuggling\""), out());
            assertTrue(out().contains("<b>"), out());

            assertEquals(0, run("search", "border", "--facet", "language=es", "--kind", "lesson"),
                    err.toString(StandardCharsets.UTF_8));
            assertTrue(out().contains("[lesson, es]"), out());
            assertEquals(2, run("search", "border", "--facet", "colour=blue"));
            assertEquals(2, run("search"));
            assertEquals(0, run("index", "--check"), err.toString(StandardCharsets.UTF_8));
        } finally {
            library.remove("sendero-starter");
        }
        ServicesTest.service(LibraryIndex.class).update(IndexProgress.NONE);
        assertEquals(0, search.search(SearchRequest.of("trafficking")).total());
    }

    @Test
    void theSearchSubcommandsAreListedByHelp() throws InterruptedException {
        assertEquals(0, run("help"));
        assertTrue(out().contains("  search "), out());
        assertTrue(out().contains("  index "), out());
    }
}
