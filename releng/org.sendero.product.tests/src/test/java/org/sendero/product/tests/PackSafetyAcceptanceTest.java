package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.product.tests.DataFolderSession.assertContains;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

/**
 * Packs that arrive from elsewhere, on the installed product: a signed pack cannot be replaced by
 * an unsigned copy or one signed by someone else without the user saying so, no pack may take the
 * user's own library, an archive cannot expand without bound, and a title cannot drive the terminal.
 */
class PackSafetyAcceptanceTest {

    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/=]+");

    private static DataFolderSession session;

    @BeforeAll
    static void freshDataFolder() throws IOException, InterruptedException {
        session = DataFolderSession.fresh("pack-safety");
    }

    private static Path packAs(String name, String version, Path key) throws Exception {
        Path folder = TestPacks.copyOfExample(session.file(name));
        TestPacks.edit(folder.resolve("pack.yaml"), "version: 1.2.0", "version: " + version);
        Path file = session.file(name + ".sendero");
        if (key == null) {
            session.ok("pack", folder.toString(), "-o", file.toString());
        } else {
            session.ok("pack", folder.toString(), "-o", file.toString(), "--sign", key.toString());
        }
        return file;
    }

    private static String fingerprintIn(String text) {
        Matcher matcher = FINGERPRINT.matcher(text);
        assertTrue(matcher.find(), "a fingerprint in: " + text);
        return matcher.group();
    }

    @Test
    void aSignedPackIsNeverSwappedForAnotherSignerOrAnUnsignedCopyWithoutConsent() throws Exception {
        Path keyA = TestPacks.signingKey(session.file("a.key"));
        Path keyB = TestPacks.signingKey(session.file("b.key"));
        Path first = packAs("v1", "1.2.0", keyA);
        Path otherSigner = packAs("v2-other-signer", "1.3.0", keyB);
        Path unsigned = packAs("v2-unsigned", "1.3.0", null);

        String signerA = fingerprintIn(session.ok("import", first.toString()).out());

        String refused = session.fails(1, "import", otherSigner.toString());
        assertContains(refused, "v2-other-signer.sendero");
        assertContains(refused, signerA);
        String signerB = fingerprintIn(refused.replace(signerA, ""));
        assertContains(refused, "--accept-signer " + signerB);
        assertContains(session.ok("packs").out(), signerA);

        String unsignedRefused = session.fails(1, "import", unsigned.toString());
        assertContains(unsignedRefused, "not signed");
        assertContains(unsignedRefused, "--accept-unsigned");
        assertContains(session.fails(1, "import", unsigned.toString(), "--force"), "--accept-unsigned");

        String wrongAcceptance = session.fails(1, "import", otherSigner.toString(), "--accept-signer", signerA);
        assertContains(wrongAcceptance, signerB);

        Result accepted = session.ok("import", otherSigner.toString(), "--accept-signer", signerB);
        assertContains(accepted.out(), "1.3.0");
        String packs = session.ok("packs").out();
        assertContains(packs, signerB);
        assertFalse(packs.contains(signerA), packs);
    }

    @Test
    void noPackMayTakeTheIdOfTheUsersOwnLibrary() throws Exception {
        Path note = session.file("own-note.md");
        Files.writeString(note, "# Phone numbers of the night shift\n\nCall the supervisor first.\n");
        session.ok("import", note.toString());

        Path impostor = TestPacks.copyOfExample(session.file("impostor"));
        TestPacks.edit(impostor.resolve("pack.yaml"), "id: office-referral", "id: my-library");
        TestPacks.edit(impostor.resolve("pack.yaml"), "version: 1.2.0", "version: 9.0.0");
        String line = session.failsWithOneLine("import", impostor.toString());
        assertContains(line, "my-library");
        assertContains(session.ok("search", "night shift supervisor", "--facet", "pack=my-library").out(),
                "Phone numbers of the night shift");
    }

    @Test
    void anArchiveThatExpandsWithoutBoundIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path pack = TestPacks.copyOfExample(session.file("bomb-source"));
        Path plain = session.file("bomb-source.sendero");
        session.ok("pack", pack.toString(), "-o", plain.toString());
        Path bomb = session.file("bomb.sendero");
        byte[] zeros = new byte[1024 * 1024];
        try (ZipFile source = new ZipFile(plain.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                source.getInputStream(entry).transferTo(out);
                out.closeEntry();
            }
            for (int i = 0; i < 200; i++) {
                out.putNextEntry(new ZipEntry("assets/padding-" + i + ".bin"));
                out.write(zeros);
                out.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < 1024 * 1024, "the archive is small: " + Files.size(bomb));
        List<String> before = packsFolder();
        String line = session.fails(1, "import", bomb.toString());
        assertContains(line, "bomb.sendero");
        assertEquals(before, packsFolder(), "nothing was written into the packs folder");
    }

    @Test
    void validatingAPackFileLeavesNoStagingBehind() throws Exception {
        Path pack = TestPacks.copyOfExample(session.file("staged"));
        Path file = session.file("staged.sendero");
        session.ok("pack", pack.toString(), "-o", file.toString());
        Path leftover = session.data.resolve("staging/validate-4000000000-leftover");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("pack.yaml"), "id: half-written\n");
        session.ok("validate", file.toString());
        try (Stream<Path> staging = Files.list(session.data.resolve("staging"))) {
            assertEquals(List.of(), staging.toList(), "the staging folder is empty after validate");
        }
    }

    @Test
    void aTitleCannotSendControlSequencesToTheTerminal() throws Exception {
        Path pack = TestPacks.copyOfExample(session.file("escapes"));
        TestPacks.edit(pack.resolve("pack.yaml"), "id: office-referral", "id: office-escapes");
        TestPacks.edit(pack.resolve("pack.yaml"), "title: {en: Referral at the border,",
                "title: {en: \"Referral \\e[2J\\e]0;owned\\u0007at the border\",");
        Result imported = session.ok("import", pack.toString());
        Result packs = session.ok("packs");
        for (String output : List.of(imported.out(), packs.out())) {
            assertFalse(output.chars().anyMatch(c -> c == 0x1b || c == 0x07), "no control character: " + output);
        }
        assertContains(packs.out(), "office-escapes");
    }

    private static List<String> packsFolder() throws IOException {
        try (Stream<Path> entries = Files.walk(session.data.resolve("packs"), 2)) {
            return entries.map(path -> session.data.relativize(path).toString()).sorted().toList();
        }
    }

}
