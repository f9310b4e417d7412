package org.sendero.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The second judged set: queries an adviser types over documents they imported themselves
 * (public reports retold in test files of our own), kept apart from the starter pack's set. Read
 * from {@code src/test/judged-library/queries.tsv}; the documents are the Markdown files beside it.
 */
final class LibraryJudgedQueries {

    /** Relative to this module's folder, where tests run. */
    static final Path FOLDER = Path.of("src/test/judged-library");
    static final Path DOCUMENTS = FOLDER.resolve("documents");
    static final Path QUERIES = FOLDER.resolve("queries.tsv");

    /**
     * @param language the language the query is typed in, taken as the user's language
     * @param relevant document ids, or {@code id/lang} for one language
     */
    record Judged(String category, String language, String query, List<String> relevant) {
    }

    private LibraryJudgedQueries() {
    }

    static List<Judged> all() {
        List<Judged> judged = new ArrayList<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(QUERIES, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 4) {
                    throw new IllegalStateException(QUERIES + ":" + number + ": want 4 tab-separated columns, got "
                            + columns.length);
                }
                judged.add(new Judged(columns[0], columns[1], columns[2],
                        Stream.of(columns[3].split(",")).map(String::strip).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return judged;
    }

    /** The Markdown files an adviser imports, sorted by name. */
    static List<Path> documents() {
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
