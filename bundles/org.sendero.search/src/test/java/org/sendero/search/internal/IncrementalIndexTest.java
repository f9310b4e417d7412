package org.sendero.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentLibrary;
import org.sendero.content.standalone.StandaloneContent;
import org.sendero.search.IndexCheck;
import org.sendero.search.IndexProgress;
import org.sendero.search.IndexReport;
import org.sendero.search.SearchRequest;
import org.sendero.search.testing.Starter;

/** The index follows the installed packs of a real content library, doing only what changed. */
class IncrementalIndexTest {

    @TempDir
    Path temp;

    private ContentLibrary library;
    private SearchService search;
    private Path starterCopy;
    private int documents;

    /** Counts the documents an update reports as done. */
    private static final class Counting implements IndexProgress {
        final List<String> done = new ArrayList<>();
        int started = -1;

        @Override
        public void started(int count) {
            started = count;
        }

        @Override
        public void worked(String document) {
            done.add(document);
        }
    }

    @BeforeEach
    void installStarter() throws IOException {
        library = StandaloneContent.library(temp.resolve("data/packs"));
        search = new SearchService(new SearchEngine(temp.resolve("data/index")), library);
        starterCopy = temp.resolve("starter");
        copy(Starter.FOLDER, starterCopy);
        library.install(starterCopy, false);
        IndexReport first = search.update(IndexProgress.NONE);
        documents = first.added();
        assertTrue(documents > 100, first.describe());
        assertTrue(first.rebuilt(), "a new index is built from nothing");
    }

    @Test
    void anUnchangedLibraryIsNotReadAgain() throws IOException {
        Counting progress = new Counting();
        IndexReport report = search.update(progress);
        assertEquals(List.of(), progress.done);
        assertEquals(0, report.added() + report.changed() + report.removed());
        assertEquals(documents, report.unchanged());
        assertTrue(search.check().ok(), search.check().problems().toString());
    }

    @Test
    void aReimportedPackWithOneChangedDocumentReindexesThatDocumentOnly() throws IOException {
        Path doc = starterCopy.resolve("guidance/overstay.en.md");
        Files.writeString(doc, Files.readString(doc) + "\n\nA zanzibarian checkpoint note added in this version.\n");
        bumpPatchVersion();
        library.install(starterCopy, false);
        assertEquals(1, search.check().pending(), "check sees the one changed document before the update");

        Counting progress = new Counting();
        IndexReport report = search.update(progress);
        assertEquals(List.of("sendero-starter/guidance/overstay/en"), progress.done);
        assertEquals(1, progress.started);
        assertEquals(1, report.changed());
        assertEquals(0, report.added() + report.removed());
        assertEquals(documents - 1, report.unchanged());
        assertEquals("overstay", search.search(SearchRequest.of("zanzibarian")).hits().get(0).doc());
    }

    @Test
    void removingAPackRemovesItsDocuments() throws IOException {
        library.remove("sendero-starter");
        IndexReport report = search.update(IndexProgress.NONE);
        assertEquals(documents, report.removed());
        assertEquals(0, report.sections());
        assertEquals(0, search.search(SearchRequest.of("trafficking")).total());
        assertTrue(search.complete("traf", "en", 5).isEmpty(), "the pack's glossary went with it");
    }

    @Test
    void aDifferentSchemaInTheCommitRebuildsEverything() throws IOException {
        try (FSDirectory directory = FSDirectory.open(temp.resolve("other-process-index"))) {
            // an index written by another version: same folder layout, other commit data
            Path index = temp.resolve("data/index");
            try (FSDirectory existing = FSDirectory.open(index);
                    IndexWriter writer = new IndexWriter(existing, new IndexWriterConfig()
                            .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                writer.setLiveCommitData(Map.of("sendero.schema", "0", "sendero.analysis", "older").entrySet());
                writer.commit();
            }
        }
        SearchService reopened = new SearchService(new SearchEngine(temp.resolve("data/index")), library);
        assertFalse(reopened.check().problems().isEmpty());
        Counting progress = new Counting();
        IndexReport report = reopened.update(progress);
        assertTrue(report.rebuilt());
        assertEquals(documents, report.added());
        assertEquals(documents, progress.started, "progress knows the whole amount from the start");
        assertTrue(reopened.check().ok());
    }

    @Test
    void aCancelledUpdateKeepsWhatItDidAndTheNextOneFinishes() throws IOException {
        IndexProgress stopAfterTen = new IndexProgress() {
            int done;

            @Override
            public void worked(String document) {
                done++;
            }

            @Override
            public boolean cancelled() {
                return done >= 10;
            }
        };
        IndexReport cancelled = search.rebuild(stopAfterTen);
        assertTrue(cancelled.cancelled());
        assertEquals(10, cancelled.added());
        IndexReport rest = search.update(IndexProgress.NONE);
        assertEquals(documents - 10, rest.added());
        assertFalse(rest.rebuilt());
        assertTrue(search.check().ok());
    }

    /** The next patch version of the starter copy, whatever version the starter pack is at. */
    private void bumpPatchVersion() throws IOException {
        Path packYaml = starterCopy.resolve("pack.yaml");
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("(?m)^version: (\\d+)\\.(\\d+)\\.(\\d+)$")
                .matcher(Files.readString(packYaml));
        assertTrue(version.find(), "the starter pack has a version");
        String next = version.group(1) + "." + version.group(2) + "." + (Integer.parseInt(version.group(3)) + 1);
        Files.writeString(packYaml, version.replaceFirst("version: " + next));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
