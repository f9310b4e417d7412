package org.sendero.content.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.content.authoring.AuthoringFixtures.VALIDATOR;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentException;
import org.sendero.content.PackReport;
import org.sendero.content.internal.PackTools;
import org.sendero.content.internal.archive.PackSignature;
import org.sendero.content.testing.TestPacks;

class PackDistributionTest {

    private static final Path EXAMPLE = Path.of("../../docs/example-pack");

    @TempDir
    Path temp;

    @Test
    void aGeneratedKeyIsOwnerOnlyAndLoadsWithTheSameFingerprint() throws Exception {
        SigningKey key = SigningKeys.generate(temp, "office");
        assertEquals(temp.resolve("office.key"), key.file());
        assertTrue(key.fingerprint().matches("SHA256:[A-Za-z0-9+/]{43}"), key.fingerprint());
        PosixFileAttributeView posix = Files.getFileAttributeView(key.file(), PosixFileAttributeView.class);
        if (posix != null) {
            assertEquals("rw-------", PosixFilePermissions.toString(posix.readAttributes().permissions()));
            assertTrue(key.ownerOnly());
        }
        assertEquals(key, SigningKeys.load(key.file()));
        assertEquals(key.fingerprint(), PackSignature.fingerprint(PackSignature.readKey(key.file()).getPublic()));

        String pem = Files.readString(key.file());
        ContentException again = assertThrows(ContentException.class, () -> SigningKeys.generate(temp, "office"));
        assertTrue(again.getMessage().contains("already exists"), again.getMessage());
        assertEquals(pem, Files.readString(key.file()));
        Files.writeString(temp.resolve("notes.key"), "not a key");
        assertThrows(ContentException.class, () -> SigningKeys.load(temp.resolve("notes.key")));
        assertThrows(ContentException.class, () -> SigningKeys.generate(temp, "Office Key"));
    }

    @Test
    void aKeyIsNeverMadeInsideAPack() throws Exception {
        Path pack = temp.resolve("pack");
        TestPacks.copyTree(TestPacks.VALID, pack);
        ContentException inside = assertThrows(ContentException.class,
                () -> SigningKeys.generate(pack.resolve("assets"), "k"));
        assertTrue(inside.getMessage().contains("would be packed"), inside.getMessage());
        assertFalse(Files.exists(pack.resolve("assets")));
    }

    @Test
    void theExamplePackIsExportedSignedWithASummaryOfWhatItHolds() throws Exception {
        SigningKey key = SigningKeys.generate(temp, "office");
        PackTools tools = new PackTools();
        PackDistribution distribution = new PackDistribution(tools, tools);
        PackSummary before = distribution.summarize(EXAMPLE);
        Path target = temp.resolve("out/office-referral.sendero");
        PackSummary summary = distribution.export(EXAMPLE, target, Optional.of(key));
        assertEquals("office-referral", summary.id());
        assertEquals("1.2.0", summary.version());
        assertEquals("Referral at the border", summary.title().in("en"));
        assertEquals(List.of(1, 1, 2, 1, 3, 1, 1), List.of(summary.courses(), summary.modules(), summary.lessons(),
                summary.quizzes(), summary.items(), summary.guidance(), summary.assets()));
        assertEquals(List.of("en", "es"), summary.languages());
        assertEquals(Files.size(target), summary.bytes());
        assertEquals(Optional.of(key.fingerprint()), summary.signer());
        assertEquals(0, before.bytes());
        assertEquals(Optional.empty(), before.signer());
        assertEquals(summary.items(), before.items());

        PackReport archive = tools.validate(target);
        assertEquals(List.of(), archive.problems());
        byte[] signature = readEntry(target, "MANIFEST.sig");
        assertEquals(key.fingerprint(), PackSignature.parse(signature).orElseThrow().fingerprint());

        PackSummary unsigned = distribution.export(EXAMPLE, temp.resolve("plain.sendero"), Optional.empty());
        assertEquals(Optional.empty(), unsigned.signer());
    }

    @Test
    void aTargetOrAKeyInsideThePackFolderIsRefused() throws Exception {
        Path pack = temp.resolve("pack");
        TestPacks.copyTree(TestPacks.VALID, pack);
        PackTools tools = new PackTools();
        PackDistribution distribution = new PackDistribution(tools, tools);
        ContentException target = assertThrows(ContentException.class,
                () -> distribution.export(pack, pack.resolve("test.sendero"), Optional.empty()));
        assertTrue(target.getMessage().contains("inside the pack folder"), target.getMessage());
        Path key = temp.resolve("keys");
        Files.createDirectories(key);
        SigningKey outside = SigningKeys.generate(key, "office");
        Files.copy(outside.file(), pack.resolve("office.key"));
        ContentException keyInside = assertThrows(ContentException.class, () -> distribution.export(pack,
                temp.resolve("test.sendero"),
                Optional.of(new SigningKey(pack.resolve("office.key"), outside.fingerprint(), true))));
        assertTrue(keyInside.getMessage().contains("would be handed out"), keyInside.getMessage());
        assertFalse(Files.exists(temp.resolve("test.sendero")));
    }

    private static byte[] readEntry(Path zip, String name) throws Exception {
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            return file.getInputStream(file.getEntry(name)).readAllBytes();
        }
    }
}
