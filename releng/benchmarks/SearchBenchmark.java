import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.sendero.content.internal.PackTools;
import org.sendero.core.content.DocType;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Section;
import org.sendero.search.IndexProgress;
import org.sendero.search.IndexReport;
import org.sendero.search.SearchRequest;
import org.sendero.search.internal.SearchEngine;
import org.sendero.search.internal.index.IndexedDocument;
import org.sendero.search.internal.index.PackDocuments;
import org.sendero.search.internal.index.PackSource;

/**
 * Library search benchmark. A seeded generator writes realistic multilingual sections from the
 * starter pack's own sentences (English, Spanish, French, in the proportions of a regional
 * library), then in one process:
 * <ol>
 * <li>indexes them with raw Lucene (IndexWriter, StandardAnalyzer, the same text) and with Sendero;</li>
 * <li>runs at least 200 mixed queries (words, phrases, Spanish without accents, misspellings,
 * filters) with highlighting, facets and spelling, and the same queries bare, alternating;</li>
 * <li>prints index sizes and the heap after warm-up.</li>
 * </ol>
 * Usage: java -cp CLASSPATH SearchBenchmark.java PACK_FOLDER SECTIONS
 */
public final class SearchBenchmark {

    private static final int SECTIONS_PER_DOCUMENT = 10;
    private static final int QUERIES = 240;
    private static final int INDEXING_RUNS = 5;
    private static final int QUERY_RUNS = 3;

    public static void main(String[] args) throws Exception {
        Path starterFolder = Path.of(args[0]);
        int sections = Integer.parseInt(args[1]);
        Pack starter = new PackTools().validate(starterFolder).pack().orElseThrow();
        Random random = new Random(20261127L);
        Corpus corpus = Corpus.of(starter);
        Pack generated = corpus.generate(random, sections / SECTIONS_PER_DOCUMENT, starter);
        List<IndexedDocument> documents = PackDocuments.of(generated);
        long bytes = documents.stream().flatMap(d -> d.sections().stream())
                .mapToLong(s -> s.text().length() + s.title().length()).sum();
        System.out.printf(Locale.ROOT, "%n== %d sections in %d documents, %.1f MiB of text; java %s, %d cores%n",
                sections, documents.size(), bytes / 1048576.0, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        Path work = Files.createTempDirectory("sendero-search-benchmark");
        try {
            // a small warm-up of both indexers, so that neither pays for class loading and JIT alone
            Pack small = corpus.generate(new Random(1), 200, starter);
            rawLucene(work.resolve("warm-raw"), PackDocuments.of(small));
            try (SearchEngine warm = new SearchEngine(work.resolve("warm-sendero"))) {
                warm.update(List.of(PackSource.of(small, "warm")), IndexProgress.NONE, false);
            }

            // each indexer five times, taking turns, each time into a new folder; the median of
            // each is compared, so that a moment of load on the machine does not decide the ratio
            long[] rawRuns = new long[INDEXING_RUNS];
            long[] senderoRuns = new long[INDEXING_RUNS];
            // the processor time of this thread too: on a shared machine it moves less than the
            // wall clock (merges run on Lucene's own threads and are left out of both)
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] rawCpu = new long[INDEXING_RUNS];
            long[] senderoCpu = new long[INDEXING_RUNS];
            IndexReport report = null;
            for (int run = 0; run < INDEXING_RUNS; run++) {
                long rawStart = System.nanoTime();
                long rawCpuStart = threads.getCurrentThreadCpuTime();
                rawLucene(work.resolve("raw" + run), documents);
                rawCpu[run] = (threads.getCurrentThreadCpuTime() - rawCpuStart) / 1_000_000;
                rawRuns[run] = (System.nanoTime() - rawStart) / 1_000_000;
                long senderoStart = System.nanoTime();
                long senderoCpuStart = threads.getCurrentThreadCpuTime();
                try (SearchEngine engine = new SearchEngine(work.resolve("sendero" + run))) {
                    report = engine.update(List.of(PackSource.of(generated, "generated")), IndexProgress.NONE, false);
                }
                senderoCpu[run] = (threads.getCurrentThreadCpuTime() - senderoCpuStart) / 1_000_000;
                senderoRuns[run] = (System.nanoTime() - senderoStart) / 1_000_000;
                if (run > 0) {
                    delete(work.resolve("raw" + run));
                    delete(work.resolve("sendero" + run));
                }
            }
            long rawMillis = median(rawRuns);
            long senderoMillis = median(senderoRuns);
            System.out.printf(Locale.ROOT, "indexing (median of %d): raw Lucene %d ms, Sendero %d ms (%d sections): %.2fx (target at most 2x); runs raw %s, Sendero %s%n",
                    INDEXING_RUNS, rawMillis, senderoMillis, report.sections(), (double) senderoMillis / rawMillis,
                    Arrays.toString(rawRuns), Arrays.toString(senderoRuns));
            System.out.printf(Locale.ROOT, "indexing thread's processor time (median of %d): raw Lucene %d ms, Sendero %d ms: %.2fx%n",
                    INDEXING_RUNS, median(rawCpu), median(senderoCpu), (double) median(senderoCpu) / median(rawCpu));
            System.out.printf(Locale.ROOT, "index size: raw Lucene %.1f MiB, Sendero %.1f MiB%n",
                    size(work.resolve("raw0")) / 1048576.0, size(work.resolve("sendero0")) / 1048576.0);

            try (SearchEngine engine = new SearchEngine(work.resolve("sendero0"))) {
                List<String> queries = corpus.queries(new Random(7), QUERIES);
                for (int round = 0; round < 3; round++) {
                    for (String query : queries) {
                        engine.search(SearchRequest.of(query));
                        engine.search(SearchRequest.of(query).bare());
                    }
                }
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                long heap = runtime.totalMemory() - runtime.freeMemory();
                // each query measured in three rounds, full then bare in turn; its time is its median
                long[][] full = new long[QUERY_RUNS][queries.size()];
                long[][] bare = new long[QUERY_RUNS][queries.size()];
                for (int run = 0; run < QUERY_RUNS; run++) {
                    for (int i = 0; i < queries.size(); i++) {
                        String query = queries.get(i);
                        long start = System.nanoTime();
                        engine.search(SearchRequest.of(query));
                        full[run][i] = System.nanoTime() - start;
                        start = System.nanoTime();
                        engine.search(SearchRequest.of(query).bare());
                        bare[run][i] = System.nanoTime() - start;
                    }
                }
                long[] fullTimes = medians(full);
                long[] bareTimes = medians(bare);
                System.out.printf(Locale.ROOT, "queries: %d mixed (words, phrases, no accents, misspelled, filters)%n", queries.size());
                System.out.printf(Locale.ROOT, "latency bare (ranking only):                p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                        percentile(bareTimes, 50), percentile(bareTimes, 95), percentile(bareTimes, 99));
                System.out.printf(Locale.ROOT, "latency full (passages, facets, spelling):  p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                        percentile(fullTimes, 50), percentile(fullTimes, 95), percentile(fullTimes, 99));
                System.out.printf(Locale.ROOT, "p95 full / bare: %.2fx (target at most 3x); p95 full under 20 ms: %s%n",
                        percentile(fullTimes, 95) / percentile(bareTimes, 95), percentile(fullTimes, 95) < 20 ? "yes" : "no");
                System.out.printf(Locale.ROOT, "heap after warm-up: %.1f MiB%n", heap / 1048576.0);
            }
        } finally {
            delete(work);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** The baseline: one document per section, title, heading and body as stored text fields. */
    private static void rawLucene(Path folder, List<IndexedDocument> documents) throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            for (IndexedDocument document : documents) {
                for (Section section : document.sections()) {
                    Document doc = new Document();
                    doc.add(new TextField("title", document.title(), Field.Store.YES));
                    doc.add(new TextField("heading", section.title(), Field.Store.YES));
                    doc.add(new TextField("body", section.text(), Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** For each query, the median of its runs. */
    private static long[] medians(long[][] runs) {
        long[] result = new long[runs[0].length];
        for (int i = 0; i < result.length; i++) {
            long[] times = new long[runs.length];
            for (int run = 0; run < runs.length; run++) {
                times[run] = runs[run][i];
            }
            result[i] = median(times);
        }
        return result;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Sentences, headings and titles of the starter pack per language: the generator's material. */
    private record Corpus(Map<String, List<String>> sentences, Map<String, List<String>> headings,
            Map<String, List<String>> titles) {

        private static final List<String> TOPICS = List.of("trafficking", "smuggling", "protection", "children", "rights",
                "border-management", "documents", "data", "gender", "cooperation", "strategy", "emergencies");
        private static final List<String> REGIONS = List.of("region-wide", "mesoamerica", "north-america", "caribbean");

        static Corpus of(Pack starter) {
            Map<String, List<String>> sentences = Map.of("en", new ArrayList<>(), "es", new ArrayList<>(), "fr", new ArrayList<>());
            Map<String, List<String>> headings = Map.of("en", new ArrayList<>(), "es", new ArrayList<>(), "fr", new ArrayList<>());
            Map<String, List<String>> titles = Map.of("en", new ArrayList<>(), "es", new ArrayList<>(), "fr", new ArrayList<>());
            for (IndexedDocument document : PackDocuments.of(starter)) {
                if (!sentences.containsKey(document.lang())) {
                    continue;
                }
                titles.get(document.lang()).add(document.title());
                for (Section section : document.sections()) {
                    if (!section.title().isBlank()) {
                        headings.get(document.lang()).add(section.title());
                    }
                    for (String sentence : section.text().split("(?<=[.!?])\\s+")) {
                        if (sentence.length() > 30) {
                            sentences.get(document.lang()).add(sentence.strip());
                        }
                    }
                }
            }
            return new Corpus(sentences, headings, titles);
        }

        /** Documents of ten sections, 60% English, 25% Spanish, 15% French, with the starter glossary and thesaurus. */
        Pack generate(Random random, int documents, Pack starter) {
            List<GuidanceDoc> docs = new ArrayList<>(documents);
            for (int d = 0; d < documents; d++) {
                double pick = random.nextDouble();
                String lang = pick < 0.6 ? "en" : pick < 0.85 ? "es" : "fr";
                String title = pickOne(random, titles.get(lang)) + " " + (d + 1);
                List<Section> sectionList = new ArrayList<>(SECTIONS_PER_DOCUMENT);
                for (int s = 0; s < SECTIONS_PER_DOCUMENT; s++) {
                    StringBuilder body = new StringBuilder();
                    int count = 3 + random.nextInt(6);
                    for (int i = 0; i < count; i++) {
                        body.append(pickOne(random, sentences.get(lang))).append(' ');
                    }
                    sectionList.add(new Section("s" + s, pickOne(random, headings.get(lang)), 2, body.toString().strip(),
                            OptionalInt.empty()));
                }
                List<String> topics = List.of(pickOne(random, TOPICS), pickOne(random, TOPICS));
                docs.add(new GuidanceDoc("doc-" + d, lang, title, topics.stream().distinct().toList(),
                        Optional.of(DocType.values()[random.nextInt(DocType.values().length)]),
                        Optional.of(pickOne(random, REGIONS)), OptionalInt.empty(), List.of(),
                        "guidance/doc-" + d + "." + lang + ".md", "", sectionList));
            }
            return new Pack(starter.info(), docs, List.of(), starter.glossary(), starter.thesaurus());
        }

        /** Words, two and three words, quoted phrases, Spanish without accents, misspellings, filters. */
        List<String> queries(Random random, int count) {
            List<String> queries = new ArrayList<>(count);
            List<String> languages = List.of("en", "en", "en", "es", "es", "fr");
            for (int i = 0; i < count; i++) {
                String lang = languages.get(random.nextInt(languages.size()));
                List<String> words = Arrays.stream(pickOne(random, sentences.get(lang)).split("[^\\p{L}-]+"))
                        .filter(w -> w.length() > 4).toList();
                if (words.size() < 3) {
                    i--;
                    continue;
                }
                int start = random.nextInt(words.size() - 2);
                String query = switch (i % 8) {
                    case 0 -> words.get(start);
                    case 1 -> words.get(start) + " " + words.get(start + 2);
                    case 2 -> words.get(start) + " " + words.get(start + 1) + " " + words.get(start + 2);
                    case 3 -> "\"" + words.get(start) + " " + words.get(start + 1) + "\"";
                    case 4 -> java.text.Normalizer.normalize(words.get(start) + " " + words.get(start + 1),
                            java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                    case 5 -> misspell(random, words.get(start)) + " " + words.get(start + 1);
                    case 6 -> words.get(start) + " lang:" + lang;
                    default -> words.get(start) + " " + words.get(start + 1) + " topic:" + pickOne(random, TOPICS);
                };
                queries.add(query.toLowerCase(Locale.ROOT));
            }
            return queries;
        }

        private static String misspell(Random random, String word) {
            int at = 1 + random.nextInt(word.length() - 2);
            return word.substring(0, at) + word.substring(at + 1);
        }

        private static <T> T pickOne(Random random, List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }
}
