import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.sendero.content.RenderedMarkdown;
import org.sendero.content.internal.markdown.SafeMarkdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;

/**
 * Rendering throughput of Sendero's full Markdown pipeline (front matter, parse with tables,
 * footnotes and attributes, link and attribute safety, HTML, plain text per section) next to plain
 * flexmark without extensions, on the same files in the same process.
 *
 * <p>Usage: java -cp CLASSPATH RenderBenchmark.java [FOLDER] [SECONDS]. The folder's .md files are
 * the corpus (default: the starter pack). Both pipelines run in alternating rounds after a warm-up,
 * so that JIT compilation and garbage collection weigh on both alike.
 */
public final class RenderBenchmark {

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "bundles/org.sendero.starter/pack");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<String> corpus;
        try (Stream<Path> files = Files.walk(folder)) {
            corpus = files.filter(f -> f.toString().endsWith(".md")).sorted().map(RenderBenchmark::read).toList();
        }
        long bytes = corpus.stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "corpus: %d Markdown files, %.1f KiB, from %s%n", corpus.size(), bytes / 1024.0, folder);
        System.out.printf(Locale.ROOT, "java: %s %s, %d cores%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        Parser plainParser = Parser.builder().build();
        HtmlRenderer plainRenderer = HtmlRenderer.builder().build();
        SafeMarkdown full = new SafeMarkdown();
        Runnable plain = () -> {
            for (String text : corpus) {
                sink(plainRenderer.render(plainParser.parse(text)).length());
            }
        };
        Runnable sendero = () -> {
            for (String text : corpus) {
                RenderedMarkdown rendered = full.render(text, "benchmark");
                sink(rendered.html().length() + rendered.sections().size());
            }
        };

        long warmUpEnd = System.nanoTime() + (long) (seconds * 0.3e9);
        while (System.nanoTime() < warmUpEnd) {
            plain.run();
            sendero.run();
        }
        long plainNanos = 0;
        long senderoNanos = 0;
        int rounds = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            plain.run();
            long middle = System.nanoTime();
            sendero.run();
            senderoNanos += System.nanoTime() - middle;
            plainNanos += middle - start;
            rounds++;
        }
        report("plain flexmark, no extensions", plainNanos, rounds, corpus.size(), bytes);
        report("Sendero full pipeline", senderoNanos, rounds, corpus.size(), bytes);
        System.out.printf(Locale.ROOT, "ratio: full pipeline takes %.2fx the plain time (target: at most 1.50x)%n",
                (double) senderoNanos / plainNanos);
        System.out.println("checksum: " + checksum);
    }

    private static long checksum;

    private static void sink(long value) {
        checksum += value;
    }

    private static void report(String name, long nanos, int rounds, int files, long bytes) {
        double perSecond = rounds * (double) files / (nanos / 1e9);
        double mibPerSecond = rounds * (double) bytes / (1024 * 1024) / (nanos / 1e9);
        System.out.printf(Locale.ROOT, "%-32s %8.0f documents/s  %6.2f MiB/s  (%d rounds, %.3f ms per document)%n", name,
                perSecond, mibPerSecond, rounds, nanos / 1e6 / (rounds * (double) files));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
