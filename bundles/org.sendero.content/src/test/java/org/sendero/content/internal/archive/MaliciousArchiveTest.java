package org.sendero.content.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendero.content.ContentException;
import org.sendero.content.internal.PackTools;
import org.sendero.content.testing.TestPacks;
import org.sendero.content.internal.store.PackStore;

/**
 * Archives built to attack the importer. Each is refused with a clear message, nothing appears
 * outside the data folder, and the installed version of the pack is untouched.
 */
class MaliciousArchiveTest {

    @TempDir
    Path temp;

    private Path data;
    private PackStore store;
    private Map<String, String> before;

    @BeforeEach
    void installAGoodVersion() throws IOException {
        data = temp.resolve("office/data");
        store = new PackStore(data.resolve("packs"));
        Path good = temp.resolve("good.sendero");
        new PackTools().export(TestPacks.VALID, good, Optional.empty());
        store.install(good, false);
        before = TestPacks.snapshot(store.current("test-pack").orElseThrow());
    }

    static List<String> escapingNames() {
        return List.of("../evil.txt", "../../evil.txt", "guidance/../../evil.txt", "/tmp/evil.txt", "/evil.txt",
                "C:/evil.txt", "c:evil.txt", "guidance\\..\\..\\evil.txt", "..\\evil.txt", "./pack.yaml",
                "guidance//a.md");
    }

    @ParameterizedTest
    @MethodSource("escapingNames")
    void anEntryThatWouldLandOutsideIsRefusedBeforeAnythingIsWritten(String name) throws IOException {
        Path archive = archive(Map.of(name, "owned"), null);
        ContentException refused = assertThrows(ContentException.class, () -> store.install(archive, true));
        assertTrue(refused.getMessage().startsWith(archive + ":1:1: error: " + name + ": "), refused.getMessage());
        assertNothingEscapedAndTheInstalledPackIsUntouched();
    }

    @Test
    void aSymbolicLinkEntryIsRefused() throws IOException {
        Path archive = archive(Map.of(), "guidance/link.md");
        ContentException refused = assertThrows(ContentException.class, () -> store.install(archive, true));
        assertEquals(archive + ":1:1: error: guidance/link.md: links are not allowed in a pack", refused.getMessage());
        assertNothingEscapedAndTheInstalledPackIsUntouched();
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatio() throws IOException {
        Path archive = temp.resolve("bomb.sendero");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("assets/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(Files.size(archive) < 1024 * 1024, "the bomb is small: " + Files.size(archive));
        ContentException refused = assertThrows(ContentException.class, () -> store.install(archive, true));
        assertTrue(refused.getMessage().matches(java.util.regex.Pattern.quote(archive.toString())
                + ":1:1: error: assets/zeros.bin: compressed \\d+ to 1, a zip bomb; refused"), refused.getMessage());
        assertNothingEscapedAndTheInstalledPackIsUntouched();
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Path archive = temp.resolve("many.sendero");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (int i = 0; i <= ArchiveLimits.DEFAULT.maxEntries(); i++) {
                zip.putNextEntry(new ZipEntry("assets/" + i + ".txt"));
            }
        }
        ContentException refused = assertThrows(ContentException.class, () -> store.install(archive, true));
        assertEquals(archive + ":1:1: error: too many entries: 10001 (at most 10000)", refused.getMessage());
        assertNothingEscapedAndTheInstalledPackIsUntouched();
    }

    @Test
    void tooManyUncompressedBytesAreRefused() throws IOException {
        Path archive = temp.resolve("big.sendero");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("assets/random.bin"));
            byte[] noise = new byte[3 * 1024 * 1024];
            new java.util.Random(1).nextBytes(noise);
            zip.write(noise);
        }
        PackStore small = new PackStore(data.resolve("packs"), new ArchiveLimits(100, 2 * 1024 * 1024, 10 * 1024 * 1024,
                100, 1024 * 1024), org.sendero.content.internal.store.InstallListener.NONE);
        ContentException refused = assertThrows(ContentException.class, () -> small.install(archive, true));
        assertEquals(archive + ":1:1: error: the archive expands to more than 2097152 bytes; refused",
                refused.getMessage());
        assertNothingEscapedAndTheInstalledPackIsUntouched();
    }

    @Test
    void manyEntriesJustUnderTheRatioFloorAreRefusedByTheRatioOfTheWholeArchive() throws IOException {
        // each entry is exactly at the floor, so no single entry is checked: only the whole archive gives it away
        Path archive = archive(Map.of(), null);
        Path bomb = temp.resolve("many-zeros.sendero");
        byte[] zeros = new byte[(int) ArchiveLimits.DEFAULT.ratioFloor()];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb));
                java.util.zip.ZipFile valid = new java.util.zip.ZipFile(archive.toFile())) {
            zip.setLevel(9);
            for (ZipEntry entry : java.util.Collections.list(valid.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                valid.getInputStream(entry).transferTo(zip);
            }
            for (int i = 0; i < 200; i++) {
                zip.putNextEntry(new ZipEntry("assets/zeros-" + i + ".bin"));
                zip.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 400 * 1024, "the bomb is small: " + Files.size(bomb));
        ContentException refused = assertThrows(ContentException.class, () -> store.install(bomb, true));
        assertTrue(refused.getMessage().matches(java.util.regex.Pattern.quote(bomb.toString())
                + ":1:1: error: the archive expands from \\d+ to \\d+ bytes \\(\\d+ to 1\\), a zip bomb; refused"),
                refused.getMessage());
        assertNothingEscapedAndTheInstalledPackIsUntouched();
    }

    @Test
    void twoEntriesWithTheSameNameAreRefused() throws IOException {
        Path archive = temp.resolve("twice.sendero");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("pack.yaml"));
            zip.putNextEntry(new ZipEntry("PACK.yaml"));
        }
        ContentException refused = assertThrows(ContentException.class, () -> store.install(archive, true));
        assertEquals(archive + ":1:1: error: PACK.yaml: appears twice in the archive (also as pack.yaml)",
                refused.getMessage());
        assertNothingEscapedAndTheInstalledPackIsUntouched();
    }

    @Test
    void aFileThatIsNotAZipIsRefusedWithAReason() throws IOException {
        Path archive = temp.resolve("notes.sendero");
        Files.writeString(archive, "just some text, not an archive at all");
        ContentException refused = assertThrows(ContentException.class, () -> store.install(archive, true));
        assertEquals(archive + ":1:1: error: not a pack archive (no zip directory found)", refused.getMessage());
        assertNothingEscapedAndTheInstalledPackIsUntouched();
    }

    private void assertNothingEscapedAndTheInstalledPackIsUntouched() throws IOException {
        try (Stream<Path> all = Files.walk(temp)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().startsWith("evil")).toList());
        }
        assertTrue(Files.notExists(Path.of("/tmp/evil.txt")) || Files.getLastModifiedTime(Path.of("/tmp/evil.txt"))
                .toMillis() < System.currentTimeMillis() - 3_600_000, "/tmp/evil.txt was written");
        assertEquals(before, TestPacks.snapshot(store.current("test-pack").orElseThrow()));
        assertEquals("1.0.0", store.installed("test-pack").orElseThrow().info().version().toString());
        try (Stream<Path> left = Files.list(data.resolve("packs"))) {
            assertEquals(List.of(".lock", "test-pack"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    /**
     * The valid pack's files plus extra entries, with java.util.zip; a symbolic link entry gets the
     * Unix link mode patched into the central directory, as zip tools on Unix write it.
     */
    private Path archive(Map<String, String> extra, String symbolicLink) throws IOException {
        Path archive = temp.resolve("attack-" + System.nanoTime() + ".sendero");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            try (Stream<Path> files = Files.walk(TestPacks.VALID)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(new ZipEntry(TestPacks.VALID.relativize(file).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(file));
                }
            }
            for (Map.Entry<String, String> entry : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
            if (symbolicLink != null) {
                zip.putNextEntry(new ZipEntry(symbolicLink));
                zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            }
        }
        if (symbolicLink != null) {
            markAsSymbolicLink(archive, symbolicLink);
        }
        return archive;
    }

    private static void markAsSymbolicLink(Path archive, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && Short.toUnsignedInt(buffer.getShort(i + 28)) == wanted.length
                    && java.util.Arrays.equals(bytes, i + 46, i + 46 + wanted.length, wanted, 0, wanted.length)) {
                buffer.putShort(i + 4, (short) (3 << 8 | 20)); // made by Unix
                buffer.putInt(i + 38, 0120777 << 16); // mode: symbolic link
                Files.write(archive, bytes);
                return;
            }
        }
        throw new IOException("entry " + name + " not found in the central directory");
    }
}
