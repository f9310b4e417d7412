package org.sendero.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentLibrary;
import org.sendero.content.standalone.StandaloneContent;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Pack;
import org.sendero.search.IndexProgress;
import org.sendero.search.SearchHit;
import org.sendero.search.SearchRequest;
import org.sendero.search.SearchResults;
import org.sendero.search.internal.LibraryJudgedQueries.Judged;
import org.sendero.search.internal.index.PackSource;
import org.sendero.search.testing.Starter;

/**
 * Relevance on documents Sendero's team did not write: public migration reports retold in test files,
 * imported into My library as an adviser imports them, beside the starter pack as in the product
 * (whose glossary links the languages). Each judged query is run as Sendero runs it, in the language
 * it is typed in, and by a plain BM25 index of the same imported documents; the imported documents'
 * order is measured (MRR@10, recall@3). The figures are printed for docs/RELEVANCE.md, with the
 * queries that find nothing named; no threshold is asserted on them.
 */
class ImportedLibraryRelevanceTest {

    private static final int RANKS = 10;
    /** Enough documents that ten imported ones remain when the starter pack's are set aside. */
    private static final int FETCHED = 60;

    @TempDir
    static Path temp;

    private static Pack library;
    private static SearchEngine engine;
    private static PlainBaseline baseline;

    @BeforeAll
    static void index() throws IOException {
        ContentLibrary content = StandaloneContent.library(temp.resolve("packs"));
        content.importDocuments(LibraryJudgedQueries.documents());
        library = content.load(ContentLibrary.MY_LIBRARY).pack().orElseThrow();
        engine = new SearchEngine(temp.resolve("index"));
        engine.update(List.of(PackSource.of(Starter.pack(), "starter"), PackSource.of(library, "imported")),
                IndexProgress.NONE, false);
        baseline = new PlainBaseline(library);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
        baseline.close();
    }

    /** What Sendero shows for one judged query: the imported documents in order, and whether it corrected it. */
    private record Outcome(List<String> imported, int shown, String showingResultsFor) {
    }

    private static Outcome sendero(Judged judged) throws IOException {
        SearchResults results = engine
                .search(SearchRequest.of(judged.query()).inLanguage(judged.language()).withLimit(FETCHED));
        List<String> imported = results.documents().stream().map(sections -> sections.get(0))
                .filter(hit -> hit.pack().equals(ContentLibrary.MY_LIBRARY))
                .map(ImportedLibraryRelevanceTest::key).limit(RANKS).toList();
        return new Outcome(imported, results.documents().size(), results.showingResultsFor().orElse(""));
    }

    private static String key(SearchHit hit) {
        return hit.doc() + "/" + hit.lang();
    }

    /** The baseline honours {@code lang:}; every imported document is in My library, so {@code pack:} filters nothing. */
    private static List<String> plain(Judged judged) throws IOException {
        return baseline.search(judged.query().replaceAll("\\bpack:\\S+", " "), RANKS);
    }

    @Test
    void theSetHasSixtyQueriesInThreeLanguagesOverFifteenRealDocuments() {
        List<Judged> queries = LibraryJudgedQueries.all();
        assertTrue(queries.size() >= 60, queries.size() + " queries");
        assertTrue(library.guidance().size() >= 15, library.guidance().size() + " documents");
        assertEquals(LibraryJudgedQueries.documents().size(), library.guidance().size(),
                "every file imports as one document");
        assertEquals(Set.of("en", "es", "fr"), queries.stream().map(Judged::language).collect(Collectors.toSet()));
        assertEquals(Set.of("en", "es", "fr"),
                library.guidance().stream().map(GuidanceDoc::lang).collect(Collectors.toSet()));
        Set<String> ids = library.guidance().stream().map(GuidanceDoc::id).collect(Collectors.toSet());
        for (Judged judged : queries) {
            for (String relevant : judged.relevant()) {
                assertTrue(ids.contains(relevant.split("/", 2)[0]), judged.query() + ": no document " + relevant);
            }
        }
        for (Path document : LibraryJudgedQueries.documents()) {
            int words = words(document);
            assertTrue(words >= 600 && words <= 1500, document + " has " + words + " words");
            assertTrue(sections(document) >= 5, document + " has fewer than five sections");
        }
    }

    @Test
    void figuresForSenderoAndThePlainBaseline() throws IOException {
        List<Judged> queries = LibraryJudgedQueries.all();
        Map<String, double[]> byCategory = new LinkedHashMap<>();
        double[] total = new double[4];
        List<String> zeroResults = new ArrayList<>();
        List<String> noImported = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (Judged judged : queries) {
            Outcome ours = sendero(judged);
            int rank = JudgedQueriesTest.rank(ours.imported(), judged.relevant());
            int theirs = JudgedQueriesTest.rank(plain(judged), judged.relevant());
            double[] figures = { rank == 0 ? 0 : 1.0 / rank, rank >= 1 && rank <= 3 ? 1 : 0,
                    theirs == 0 ? 0 : 1.0 / theirs, theirs >= 1 && theirs <= 3 ? 1 : 0 };
            double[] category = byCategory.computeIfAbsent(judged.category(), c -> new double[5]);
            for (int i = 0; i < 4; i++) {
                total[i] += figures[i];
                category[i] += figures[i];
            }
            category[4]++;
            if (ours.shown() == 0) {
                zeroResults.add(judged.query());
            } else if (ours.imported().isEmpty()) {
                noImported.add(judged.query());
            } else if (rank == 0) {
                missed.add(judged.query());
            }
            table.append(String.format(Locale.ROOT, "  %-22s %-2s %-62s sendero %2s  baseline %2s%s%n",
                    judged.category(), judged.language(), judged.query(), rank == 0 ? "-" : rank,
                    theirs == 0 ? "-" : theirs,
                    ours.showingResultsFor().isEmpty() ? "" : "  (showing results for: " + ours.showingResultsFor()
                            + ")"));
        }
        int n = queries.size();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "imported-library judged queries: %d over %d documents%n", n,
                library.guidance().size()));
        report.append(String.format(Locale.ROOT, "Sendero:  MRR@%d %.3f, recall@3 %.3f%n", RANKS, total[0] / n,
                total[1] / n));
        report.append(String.format(Locale.ROOT, "baseline: MRR@%d %.3f, recall@3 %.3f%n", RANKS, total[2] / n,
                total[3] / n));
        report.append("by category (queries: Sendero MRR, recall@3 | baseline MRR, recall@3):\n");
        byCategory.forEach((category, f) -> report.append(String.format(Locale.ROOT,
                "  %-24s %2d: %.3f, %.3f | %.3f, %.3f%n", category, (int) f[4], f[0] / f[4], f[1] / f[4],
                f[2] / f[4], f[3] / f[4])));
        report.append("zero results (Sendero shows nothing): ").append(zeroResults).append('\n');
        report.append("no imported document among the results: ").append(noImported).append('\n');
        report.append("no relevant document in the top ").append(RANKS).append(": ").append(missed).append('\n');
        report.append("per query (rank of the first relevant imported document):\n").append(table);
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/judged-library-figures.txt"), report);
        // a floor that holds whatever the ranking: the evaluation ran over the whole set
        assertTrue(n >= 60 && library.guidance().size() >= 15);
        assertEquals(n, byCategory.values().stream().mapToInt(f -> (int) f[4]).sum());
    }

    private static String body(Path document) {
        try {
            String text = Files.readString(document);
            return text.startsWith("---") ? text.substring(text.indexOf("\n---", 3) + 4) : text;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int words(Path document) {
        return body(document).strip().split("\\s+").length;
    }

    private static int sections(Path document) {
        return (int) body(document).lines().filter(line -> line.startsWith("## ")).count();
    }
}
