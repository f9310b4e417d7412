package org.sendero.content.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstallOptions;
import org.sendero.content.Problem;
import org.sendero.content.SignerChangeException;
import org.sendero.content.internal.archive.PackArchive;
import org.sendero.content.internal.archive.PackSignature;
import org.sendero.content.internal.pack.PackFiles;
import org.sendero.content.testing.TestPacks;

/** A signed pack is replaced only by a copy from the same key, unless the user accepts the new signer. */
class SignerPinningTest {

    @TempDir
    Path temp;

    private final KeyPair a = key();
    private final KeyPair b = key();
    private int made;

    private PackStore store() {
        return new PackStore(temp.resolve("data/packs"));
    }

    private static KeyPair key() {
        try {
            return PackSignature.newKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test pack at {@code version} as a .sendero file, signed by {@code key} when given. */
    private Path archive(String version, Optional<KeyPair> key) throws Exception {
        Path folder = TestPacks.validPack(temp.resolve("src-" + ++made), version);
        List<Problem> problems = new ArrayList<>();
        List<String> files = PackFiles.list(folder, problems).all();
        Path file = temp.resolve("out-" + made + "/test-pack-" + version + ".sendero");
        PackArchive.write(folder, files, file, key);
        return file;
    }

    private static String fingerprint(KeyPair key) {
        return PackSignature.fingerprint(key.getPublic());
    }

    private Optional<String> installedSigner() throws ContentException {
        // a new store, as after a restart: the signer is read from the installed pack
        return store().installed("test-pack").orElseThrow().signer();
    }

    @Test
    void aSignedPackIsNotReplacedByAnUnsignedCopy() throws Exception {
        store().install(archive("1.0.0", Optional.of(a)), false);
        Map<String, String> before = TestPacks.snapshot(temp.resolve("data"));
        Path unsigned = archive("1.1.0", Optional.empty());

        SignerChangeException refused = assertThrows(SignerChangeException.class,
                () -> store().install(unsigned, true));
        assertEquals("test-pack", refused.packId());
        assertEquals(fingerprint(a), refused.installedSigner());
        assertEquals(Optional.empty(), refused.newSigner());
        assertEquals(unsigned + ":1:1: error: test-pack is installed signed by " + fingerprint(a)
                + " but this copy is not signed; refused", refused.getMessage());
        assertEquals(before, TestPacks.snapshot(temp.resolve("data")), "nothing changed");

        assertThrows(SignerChangeException.class, () -> store().install(unsigned,
                InstallOptions.NONE.acceptingSigner(fingerprint(a))), "accepting a key is not accepting no key");
        assertEquals(Optional.empty(), store().install(unsigned, InstallOptions.NONE.acceptingUnsigned()).signer());
        assertEquals(Optional.empty(), installedSigner());
    }

    @Test
    void aSignedPackIsNotReplacedByACopyFromAnotherKeyUnlessThatKeyIsAccepted() throws Exception {
        store().install(archive("1.0.0", Optional.of(a)), false);
        Path fromB = archive("1.1.0", Optional.of(b));

        SignerChangeException refused = assertThrows(SignerChangeException.class, () -> store().install(fromB, false));
        assertEquals(fingerprint(a), refused.installedSigner());
        assertEquals(Optional.of(fingerprint(b)), refused.newSigner());
        assertEquals(Optional.of(fingerprint(a)), installedSigner());
        assertEquals("1.0.0", store().installed("test-pack").orElseThrow().info().version().toString());

        KeyPair other = key();
        assertThrows(SignerChangeException.class,
                () -> store().install(fromB, InstallOptions.NONE.acceptingSigner(fingerprint(other))),
                "only the key the user saw is accepted");
        assertThrows(SignerChangeException.class,
                () -> store().install(fromB, InstallOptions.NONE.acceptingUnsigned()));

        assertEquals(Optional.of(fingerprint(b)),
                store().install(fromB, InstallOptions.NONE.acceptingSigner(fingerprint(b))).signer());
        assertEquals(Optional.of(fingerprint(b)), installedSigner(), "the accepted key is the pack's key from now on");
        Path fromAAgain = archive("1.2.0", Optional.of(a));
        assertThrows(SignerChangeException.class, () -> store().install(fromAAgain, false));
    }

    @Test
    void theSameKeyUpgradesWithoutAQuestion() throws Exception {
        store().install(archive("1.0.0", Optional.of(a)), false);
        assertEquals("Upgraded test-pack from 1.0.0 to 1.1.0 (Test pack; signed by " + fingerprint(a) + ")",
                store().install(archive("1.1.0", Optional.of(a)), false).describe());
        assertEquals(Optional.of(fingerprint(a)), installedSigner());
    }

    @Test
    void anUnsignedPackMayBeReplacedByAnUnsignedOrASignedCopy() throws Exception {
        store().install(archive("1.0.0", Optional.empty()), false);
        store().install(archive("1.1.0", Optional.empty()), false);
        store().install(TestPacks.validPack(temp.resolve("folder"), "1.2.0"), false);
        assertEquals(Optional.empty(), installedSigner());
        store().install(archive("1.3.0", Optional.of(b)), false);
        assertEquals(Optional.of(fingerprint(b)), installedSigner());
    }

    @Test
    void onlyTheMyLibraryImportWritesThePackThatHoldsTheUsersDocuments() throws Exception {
        Path impostor = TestPacks.validPack(temp, "9.0.0");
        Path packYaml = impostor.resolve("pack.yaml");
        Files.writeString(packYaml,
                Files.readString(packYaml).replace("id: test-pack", "id: " + ContentLibrary.MY_LIBRARY));

        ContentException refused = assertThrows(ContentException.class, () -> store().install(impostor, true));
        // the validator refuses the reserved id first, at its line in pack.yaml; the store's own guard is behind it
        assertTrue(refused.getMessage().startsWith(impostor.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains(ContentLibrary.MY_LIBRARY), refused.getMessage());
        assertEquals(List.of(), store().installed());

        assertEquals(ContentLibrary.MY_LIBRARY, store().forMyLibrary().install(impostor, true).info().id());
    }

    @Test
    void aStrangerCannotReplaceMyLibraryEvenAsANewerVersion() throws IOException {
        Path mine = TestPacks.validPack(temp.resolve("mine"), "1.0.0");
        Path packYaml = mine.resolve("pack.yaml");
        Files.writeString(packYaml,
                Files.readString(packYaml).replace("id: test-pack", "id: " + ContentLibrary.MY_LIBRARY));
        store().forMyLibrary().install(mine, false);
        Map<String, String> before = TestPacks.snapshot(temp.resolve("data"));

        Path newer = TestPacks.validPack(temp.resolve("newer"), "2.0.0");
        Path newerYaml = newer.resolve("pack.yaml");
        Files.writeString(newerYaml,
                Files.readString(newerYaml).replace("id: test-pack", "id: " + ContentLibrary.MY_LIBRARY));
        assertThrows(ContentException.class, () -> store().install(newer, false));
        assertEquals(before, TestPacks.snapshot(temp.resolve("data")), "the user's documents are untouched");
    }
}
