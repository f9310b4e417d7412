package org.sendero.diagnostics.internal.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.InstalledPack;
import org.sendero.core.DataFolder;
import org.sendero.core.ProductInfo;
import org.sendero.diagnostics.DiagnosticsProgress;
import org.sendero.diagnostics.SavedDiagnostics;
import org.sendero.diagnostics.internal.health.Sources;
import org.sendero.progress.DatabaseHealth;
import org.sendero.search.IndexCheck;

class DiagnosticsFileTest {

    private static final List<String> LEARNERS = List.of("Zoraida Quintanilla", "Anselmo Urquijo-Baños");
    /** Every spelling of the test's names that must not reach support, compared without case or accents. */
    private static final List<String> FORBIDDEN = List.of("zoraida", "quintanilla", "anselmo", "urquijo", "banos");

    @TempDir
    Path temp;

    private DataFolder data;

    @BeforeEach
    void aDataFolderWhoseLogsAndFileNamesMentionTheLearners() throws IOException {
        data = new DataFolder(temp.resolve("data"));
        Files.createDirectories(data.logs());
        Files.createDirectories(data.index());
        Files.writeString(data.logs().resolve("sendero.log"), """
                !ENTRY org.sendero.ui 4 0 2026-12-07 04:00:00.000
                !MESSAGE Learner Zoraida Quintanilla switched; note: "she asked about trata de personas"
                !MESSAGE recording answer=la-trata for ANSELMO URQUIJO-BAÑOS failed, pin=4821
                """);
        Files.writeString(data.logs().resolve("cli.log"),
                "sendero certificate issue --learner \"zoraida quintanilla\"\n");
        Files.writeString(data.logs().resolve("hs_err_pid4242.log"), "# A fatal error; user.home=/home/anselmo\n");
        Files.writeString(data.root().resolve("replay_pid77.log"), "JvmtiExport Urquijo\n");
        Files.createDirectories(data.root().resolve("workbench/.metadata"));
        Files.writeString(data.root().resolve("workbench/.metadata/.log"), "!MESSAGE reader opened for Anselmo\n");
        Files.createDirectories(data.root().resolve("certificates/Zoraida Quintanilla"));
        Files.writeString(data.root().resolve("certificates/Zoraida Quintanilla/course.pdf"), "%PDF Zoraida");
        Files.writeString(data.root().resolve("secure_storage"), "Anselmo's secret");
        Files.writeString(data.logs().resolve("secure_storage.log"), "Anselmo's secret");
        Files.write(data.progressDatabase(), "SQLite format 3 Zoraida".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theZipHoldsEveryPartAndNoLearnerNameInAnyByteOfAnyEntry() throws IOException {
        Path zip = temp.resolve("out/diagnostics.zip");
        SavedDiagnostics saved = DiagnosticsFile.write(zip, new FakeSources(data, LEARNERS), DiagnosticsProgress.NONE);

        Map<String, String> entries = read(zip);
        assertEquals(saved.entries(), List.copyOf(entries.keySet()));
        assertTrue(entries.keySet().containsAll(List.of("README.txt", "summary.txt", "versions.txt", "data-folder.txt",
                "index-check.txt", "database.txt", "logs/sendero.log", "logs/cli.log", "logs/hs_err_pid4242.log",
                "crash/replay_pid77.log", "logs/workbench-metadata.log")), entries.keySet()::toString);
        assertFalse(entries.keySet().stream().anyMatch(name -> name.contains("secure_storage")),
                "secure storage is never read");
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String folded = fold(entry.getKey() + "\n" + entry.getValue());
            for (String name : FORBIDDEN) {
                assertFalse(folded.contains(name), entry.getKey() + " holds " + name + ":\n" + entry.getValue());
            }
        }
        assertTrue(entries.get("logs/sendero.log").contains("Learner learner-1 switched"),
                entries.get("logs/sendero.log"));
        assertTrue(entries.get("logs/sendero.log").contains("for learner-2 failed, pin=[removed]"));
        assertEquals("!MESSAGE reader opened for learner-2\n", entries.get("logs/workbench-metadata.log"));
        assertFalse(entries.get("logs/sendero.log").contains("trata de personas"), "the note's text is gone");
        assertTrue(entries.get("data-folder.txt").contains("certificates/learner-1/course.pdf"),
                entries.get("data-folder.txt"));
        assertTrue(entries.get("database.txt").contains("PRAGMA integrity_check:\nok"));
        assertTrue(entries.get("database.txt").contains("Learners: 2"));
        assertTrue(entries.get("index-check.txt").contains("12 documents, 300 sections, 0 pending"));
        assertTrue(entries.get("versions.txt").contains("Sendero 0.1.0"));
        assertTrue(entries.get("versions.txt").contains("org.sendero.core"));
        assertTrue(entries.get("summary.txt").contains("hs_err_pid4242.log"));
    }

    @Test
    void withoutTheLearnersNamesNoLogIsCopiedAndOnlyTheTopFoldersAreListed() throws IOException {
        FakeSources sources = new FakeSources(data, LEARNERS) {
            @Override
            public List<String> learnerNames() throws Exception {
                throw new IOException("database disk image is malformed");
            }
        };
        Path zip = temp.resolve("diagnostics.zip");
        DiagnosticsFile.write(zip, sources, DiagnosticsProgress.NONE);
        Map<String, String> entries = read(zip);
        assertFalse(entries.keySet().stream().anyMatch(name -> name.startsWith("logs/") || name.startsWith("crash/")),
                entries.keySet()::toString);
        assertTrue(entries.get("README.txt").contains("No log was copied"));
        assertTrue(entries.get("data-folder.txt").contains("certificates/"));
        assertFalse(fold(String.join("\n", entries.values())).contains("zoraida"));
    }

    @Test
    void aCancelledWriteLeavesNoFile() throws IOException {
        Path zip = temp.resolve("cancelled.zip");
        DiagnosticsProgress cancelling = new DiagnosticsProgress() {
            @Override
            public void step(String what, int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class,
                () -> DiagnosticsFile.write(zip, new FakeSources(data, LEARNERS), cancelling));
        assertFalse(Files.exists(zip));
        try (var left = Files.list(temp)) {
            assertEquals(List.of(), left.filter(file -> file.getFileName().toString().contains("cancelled")).toList(),
                    "no temporary file is left either");
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamedInTheReason() throws IOException {
        Path plain = Files.writeString(temp.resolve("plain.txt"), "a file");
        IOException failure = assertThrows(IOException.class, () -> DiagnosticsFile
                .write(plain.resolve("d.zip"), new FakeSources(data, LEARNERS), DiagnosticsProgress.NONE));
        assertEquals("a file stands where its folder should be: " + plain, WriteFailure.reason(failure));
    }

    private static Map<String, String> read(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zipIn = new ZipInputStream(in)) {
            for (ZipEntry entry = zipIn.getNextEntry(); entry != null; entry = zipIn.getNextEntry()) {
                entries.put(entry.getName(), new String(zipIn.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** The facts of a healthy installation with the given learners. */
    static class FakeSources implements Sources {
        private final DataFolder data;
        private final List<String> names;

        FakeSources(DataFolder data, List<String> names) {
            this.data = data;
            this.names = names;
        }

        @Override
        public DataFolder data() {
            return data;
        }

        @Override
        public ProductInfo product() {
            return ProductInfo.fromBundleVersion("Sendero", "0.1.0.202612070400");
        }

        @Override
        public Path startedIn() {
            return data.root();
        }

        @Override
        public List<String> learnerNames() throws Exception {
            return names;
        }

        @Override
        public DatabaseHealth database() {
            return new DatabaseHealth(4, List.of("ok"), names.size(), 5, 20, 3, 0);
        }

        @Override
        public IndexCheck index() {
            return new IndexCheck("5", 12, 300, 0, List.of());
        }

        @Override
        public List<InstalledPack> packs() {
            return List.of();
        }

        @Override
        public Set<String> trustedKeys() {
            return Set.of();
        }

        @Override
        public List<BundleState> bundles() {
            return List.of(new BundleState("org.sendero.core", "0.1.0.202612070400", "active"));
        }
    }
}
