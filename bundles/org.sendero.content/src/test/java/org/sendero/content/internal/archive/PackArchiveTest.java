package org.sendero.content.internal.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentException;
import org.sendero.content.InstallResult;
import org.sendero.content.PackReport;
import org.sendero.content.internal.PackTools;
import org.sendero.content.testing.TestPacks;
import org.sendero.content.internal.pack.PackReader;
import org.sendero.content.internal.store.PackStore;
import org.sendero.core.content.Pack;

class PackArchiveTest {

    @TempDir
    Path temp;

    private final PackTools tools = new PackTools();

    @Test
    void packingTwiceGivesIdenticalBytesWithSortedEntriesAndAFixedTime() throws IOException {
        Path first = temp.resolve("a/starter.sendero");
        Path second = temp.resolve("b/starter.sendero");
        tools.export(TestPacks.STARTER, first, Optional.empty());
        tools.export(TestPacks.STARTER, second, Optional.empty());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        try (ZipFile zip = new ZipFile(first.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            List<String> sorted = new ArrayList<>(names);
            Collections.sort(sorted);
            assertEquals(sorted, names);
            assertTrue(names.contains(Manifest.FILE));
            assertEquals(1, zip.stream().map(ZipEntry::getTime).distinct().count());
        }
    }

    @Test
    void packThenImportGivesTheSameDocuments() throws IOException {
        Path file = temp.resolve("starter.sendero");
        tools.export(TestPacks.STARTER, file, Optional.empty());
        PackStore store = new PackStore(temp.resolve("data/packs"));
        store.install(file, false);
        Pack original = PackReader.read(TestPacks.STARTER).pack().orElseThrow();
        PackReport installed = store.load("sendero-starter");
        assertEquals(List.of(), installed.problems());
        assertEquals(original, installed.pack().orElseThrow());
    }

    @Test
    void aSignedPackNamesItsKeyAndIsRefusedWhenAFileOrTheSignatureChanges() throws Exception {
        Path key = temp.resolve("office.key");
        String fingerprint = PackSignature.fingerprint(PackSignature.writeKey(key).getPublic());
        Path file = temp.resolve("signed.sendero");
        String written = tools.export(TestPacks.VALID, file, Optional.of(key));
        assertTrue(written.endsWith("signed by " + fingerprint), written);

        PackStore store = new PackStore(temp.resolve("data/packs"));
        InstallResult result = store.install(file, false);
        assertEquals(Optional.of(fingerprint), result.signer());
        assertEquals(Optional.of(fingerprint), store.installed("test-pack").orElseThrow().signer());

        Path changedFile = rewrite(file, temp.resolve("changed-file.sendero"), "guidance/a-doc.en.md",
                "---\nid: a-doc\ntitle: A changed document\nlang: en\n---\n# A document\n\n## First part {#first}\n");
        ContentException checksum = assertThrows(ContentException.class, () -> store.install(changedFile, true));
        assertEquals(changedFile + "!guidance/a-doc.en.md:1:1: error: checksum mismatch: the file differs from the one"
                + " that was packed", checksum.getMessage());

        Path manifest = temp.resolve("manifest.sha256");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Files.write(manifest, zip.getInputStream(zip.getEntry(Manifest.FILE)).readAllBytes());
        }
        // an attacker changes a file and its manifest line, but cannot sign the new manifest
        String forged = Files.readString(manifest).replaceFirst("[0-9a-f]{64}(  guidance/a-doc.en.md)",
                "0".repeat(64) + "$1");
        Path forgedFile = rewrite(file, temp.resolve("forged.sendero"), Manifest.FILE, forged);
        ContentException signature = assertThrows(ContentException.class, () -> store.install(forgedFile, true));
        assertTrue(signature.getMessage().contains("MANIFEST.sig:1:1: error: the signature of key " + fingerprint
                + " does not match"), signature.getMessage());
        assertEquals("1.0.0", store.installed("test-pack").orElseThrow().info().version().toString());
    }

    @Test
    void aKeyWrittenByOpenSslFormatIsRead() throws Exception {
        // PKCS#8 PEM of an Ed25519 key, as 'openssl genpkey -algorithm ed25519' writes it
        Path key = temp.resolve("openssl.pem");
        Files.writeString(key, """
                -----BEGIN PRIVATE KEY-----
                MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g
                -----END PRIVATE KEY-----
                """);
        java.security.KeyPair pair = PackSignature.readKey(key);
        byte[] manifest = "x".getBytes(StandardCharsets.UTF_8);
        assertTrue(PackSignature.sign(pair, manifest).verifies(manifest));
        // RFC 8032 test vector 1: this private key has this public key
        assertEquals("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                java.util.HexFormat.of().formatHex(pair.getPublic().getEncoded(), 12, 44));
    }

    @Test
    void anArchiveWithoutManifestIsRefused() throws IOException {
        Path file = temp.resolve("nomanifest.sendero");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("pack.yaml"));
            zip.write(Files.readAllBytes(TestPacks.VALID.resolve("pack.yaml")));
        }
        ContentException refused = assertThrows(ContentException.class,
                () -> new PackStore(temp.resolve("data/packs")).install(file, false));
        assertEquals(file + "!:1:1: error: no MANIFEST.sha256: this archive was not made by 'sendero pack'",
                refused.getMessage());
    }

    /** A copy of the archive with one entry's content replaced, all else byte for byte. */
    static Path rewrite(Path source, Path target, String entryName, String content) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(entryName) ? content.getBytes(StandardCharsets.UTF_8)
                        : zip.getInputStream(entry).readAllBytes());
            }
        }
        return target;
    }
}
