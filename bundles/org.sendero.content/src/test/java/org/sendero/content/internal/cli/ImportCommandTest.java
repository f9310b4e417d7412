package org.sendero.content.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.cli.CliCommand;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstallOptions;
import org.sendero.content.InstallResult;
import org.sendero.content.InstalledPack;
import org.sendero.content.PackReport;
import org.sendero.content.internal.ContentService;
import org.sendero.content.internal.PackTools;
import org.sendero.content.internal.archive.PackSignature;
import org.sendero.content.internal.store.PackStore;
import org.sendero.content.testing.TestPacks;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.PackInfo;
import org.sendero.core.content.PackVersion;

class ImportCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CliCommand command, String... arguments) {
        out.reset();
        err.reset();
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String signed(String version, Path key) throws Exception {
        Path file = temp.resolve("out-" + key.getFileName() + "/test-pack-" + version + ".sendero");
        new PackTools().export(TestPacks.validPack(temp.resolve("src-" + key.getFileName()), version), file,
                Optional.of(key));
        return file.toString();
    }

    @Test
    void aCopyFromAnotherKeyIsRefusedWithOneLineNamingBothKeysAndTheOptionToAcceptIt() throws Exception {
        ContentService content = new ContentService(new PackStore(temp.resolve("data/packs")));
        Path keyA = temp.resolve("a.key");
        Path keyB = temp.resolve("b.key");
        String a = PackSignature.fingerprint(PackSignature.writeKey(keyA).getPublic());
        String b = PackSignature.fingerprint(PackSignature.writeKey(keyB).getPublic());
        assertEquals(0, run(new ImportCommand(content), signed("1.0.0", keyA)));

        String fromB = signed("1.1.0", keyB);
        assertEquals(1, run(new ImportCommand(content), fromB));
        assertEquals(List.of(fromB + ":1:1: error: test-pack is installed signed by " + a
                + " but this copy is signed by "
                + b + "; refused; to install it anyway, run: sendero import " + fromB + " --accept-signer " + b),
                errLines());
        assertEquals(1, run(new ImportCommand(content), "--accept-signer", a, fromB), "the old key is not the new one");

        assertEquals(0, run(new ImportCommand(content), "--accept-signer", b, fromB));
        assertEquals("Upgraded test-pack from 1.0.0 to 1.1.0 (Test pack; signed by " + b + ")" + System.lineSeparator(),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnsignedCopyOfASignedPackNeedsAcceptUnsigned() throws Exception {
        ContentService content = new ContentService(new PackStore(temp.resolve("data/packs")));
        Path key = temp.resolve("a.key");
        String a = PackSignature.fingerprint(PackSignature.writeKey(key).getPublic());
        assertEquals(0, run(new ImportCommand(content), signed("1.0.0", key)));
        Path unsigned = temp.resolve("unsigned.sendero");
        new PackTools().export(TestPacks.validPack(temp, "1.0.0"), unsigned, Optional.empty());

        assertEquals(1, run(new ImportCommand(content), "--force", unsigned.toString()));
        assertEquals(List.of(unsigned + ":1:1: error: test-pack is installed signed by " + a + " but this copy is not"
                + " signed; refused; to install it anyway, run: sendero import " + unsigned + " --accept-unsigned"),
                errLines());
        assertEquals(0, run(new ImportCommand(content), "--force", "--accept-unsigned", unsigned.toString()));
        assertTrue(
                out.toString(StandardCharsets.UTF_8).startsWith("Reinstalled test-pack 1.0.0 (Test pack; not signed)"));
    }

    @Test
    void anImportThatFailsInAnUnexpectedWayStillExitsNonZeroWithOneLine() throws Exception {
        ContentLibrary broken = new FakeLibrary(List.of()) {
            @Override
            public InstallResult install(Path source, InstallOptions options) {
                throw new NoClassDefFoundError("org/apache/pdfbox/Loader");
            }
        };
        Path file = Files.writeString(temp.resolve("guide.sendero"), "not a zip");
        assertEquals(1, run(new ImportCommand(broken), file.toString()));
        assertEquals(List.of(file + ":1:1: error: cannot import: org/apache/pdfbox/Loader"), errLines());
        assertEquals(1, run(new ImportCommand(broken), temp.resolve("missing.sendero").toString()));
        assertEquals(List.of(temp.resolve("missing.sendero") + ":1:1: error: no such file or folder"), errLines());
    }

    @Test
    void anUnexpectedFailureIsOneLineNamingTheFile() throws Exception {
        ContentLibrary broken = new FakeLibrary(List.of()) {
            @Override
            public InstallResult install(Path source, InstallOptions options) {
                throw new IllegalStateException("broken \u001b[2Jstate");
            }
        };
        Path file = Files.writeString(temp.resolve("guide.sendero"), "not a zip");
        assertEquals(1, run(new ImportCommand(broken), file.toString()));
        assertEquals(List.of(file + ":1:1: error: cannot import: broken [2Jstate"), errLines());
    }

    @Test
    void packsPrintsATitleWithoutItsControlCharacters() {
        PackInfo evil = new PackInfo("evil-pack", new PackVersion(1, 0, 0),
                LocalizedText.of("en", "Evil\u001b[2J\u001b]0;pwned\u0007 pack\u009b31m"), LocalizedText.empty(),
                List.of("en"), List.of(), "");
        FakeLibrary library = new FakeLibrary(List.of(new InstalledPack(evil, temp, Optional.empty())));
        assertEquals(0, run(new PacksCommand(library)));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("evil-pack"), printed);
        assertTrue(printed.contains("Evil[2J]0;pwned pack31m"), printed);
        assertTrue(printed.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f),
                printed);

        assertEquals(0, run(new PacksCommand(library), "--json"));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("Evil\\u001b[2J\\u001b]0;pwned\\u0007 pack\\u009b31m"), json);
    }

    /** A library that lists the given packs and installs nothing. */
    private static class FakeLibrary implements ContentLibrary {
        private final List<InstalledPack> packs;

        FakeLibrary(List<InstalledPack> packs) {
            this.packs = packs;
        }

        @Override
        public List<InstalledPack> installed() {
            return packs;
        }

        @Override
        public InstallResult install(Path source, InstallOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(String packId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PackReport load(String packId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InstallResult importDocuments(List<Path> documents) {
            throw new UnsupportedOperationException();
        }
    }
}
