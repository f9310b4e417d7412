package org.sendero.update.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.update.UpdateException;

class IndexSignatureTest {

    @TempDir
    Path install;
    @TempDir
    Path repository;

    private KeyPair productKey;

    @BeforeEach
    void repositoryAndKey() throws Exception {
        productKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(repository.resolve("content.jar"), "content index");
        Files.writeString(repository.resolve("artifacts.jar"), "artifacts index");
        Files.writeString(repository.resolve("p2.index"), "version=1");
        Files.createDirectories(repository.resolve("plugins"));
        Files.writeString(repository.resolve("plugins/a_1.0.0.jar"), "a bundle");
    }

    private UpdateKeys trusting(KeyPair... keys) throws Exception {
        StringBuilder lines = new StringBuilder("# keys of the product\n");
        for (KeyPair key : keys) {
            lines.append(UpdateKeys.line(key.getPublic(), "test")).append('\n');
        }
        Files.writeString(install.resolve(UpdateKeys.FILE_NAME), lines, StandardCharsets.UTF_8);
        return UpdateKeys.of(install);
    }

    private void verify(UpdateKeys keys) throws UpdateException {
        IndexSignature.read(repository.resolve(IndexSignature.FILE_NAME)).verify(repository, keys);
    }

    @Test
    void aRepositorySignedByATrustedKeyIsAccepted() throws Exception {
        IndexSignature.sign(repository, productKey);
        IndexSignature.Signed signed = IndexSignature.read(repository.resolve(IndexSignature.FILE_NAME));
        signed.verify(repository, trusting(productKey));
        assertEquals(java.util.Set.of("content.jar", "artifacts.jar", "p2.index"), signed.files().keySet());
    }

    @Test
    void anUnsignedRepositoryIsRefused() throws Exception {
        UpdateKeys keys = trusting(productKey);
        UpdateException e = assertThrows(UpdateException.class, () -> verify(keys));
        assertTrue(e.getMessage().contains("not signed"), e.getMessage());
    }

    @Test
    void aKeyTheInstallationDoesNotTrustIsRefused() throws Exception {
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        IndexSignature.sign(repository, stranger);
        UpdateException e = assertThrows(UpdateException.class, () -> verify(trusting(productKey)));
        assertTrue(e.getMessage().contains(UpdateKeys.fingerprint(stranger.getPublic())), e.getMessage());
        assertTrue(e.getMessage().contains("not a key this installation trusts"), e.getMessage());
    }

    @Test
    void noTrustedKeyAtAllRefusesEveryRepository() throws Exception {
        IndexSignature.sign(repository, productKey);
        UpdateException e = assertThrows(UpdateException.class, () -> verify(UpdateKeys.of(install)));
        assertTrue(e.getMessage().contains("no key is listed"), e.getMessage());
    }

    @Test
    void anIndexChangedAfterSigningIsRefused() throws Exception {
        IndexSignature.sign(repository, productKey);
        Files.writeString(repository.resolve("artifacts.jar"), "artifacts index with another checksum");
        UpdateException e = assertThrows(UpdateException.class, () -> verify(trusting(productKey)));
        assertTrue(e.getMessage().contains("artifacts.jar: changed after the repository was signed"), e.getMessage());
    }

    @Test
    void anUnsignedIndexAddedBesideTheSignedOnesIsRefused() throws Exception {
        IndexSignature.sign(repository, productKey);
        // p2 prefers content.xml.xz when present: one slipped in must not be read
        Files.writeString(repository.resolve("content.xml.xz"), "another index");
        UpdateException e = assertThrows(UpdateException.class, () -> verify(trusting(productKey)));
        assertTrue(e.getMessage().contains("content.xml.xz: this index file is not signed"), e.getMessage());
    }

    @Test
    void aListingEditedAfterSigningIsRefused() throws Exception {
        Path sig = IndexSignature.sign(repository, productKey);
        Files.writeString(repository.resolve("content.jar"), "other content");
        String edited = Files.readString(sig).replaceFirst("file: [0-9a-f]{64} content.jar",
                "file: " + IndexSignature.sha256(repository.resolve("content.jar")) + " content.jar");
        Files.writeString(sig, edited);
        UpdateException e = assertThrows(UpdateException.class, () -> verify(trusting(productKey)));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    }

    @Test
    void aCompositeRepositoryIsRefused() throws Exception {
        IndexSignature.sign(repository, productKey);
        Files.writeString(repository.resolve("compositeContent.xml"), "<repository/>");
        UpdateException e = assertThrows(UpdateException.class, () -> verify(trusting(productKey)));
        assertTrue(e.getMessage().contains("composite"), e.getMessage());
    }

    @Test
    void aFolderWithoutIndexesCannotBeSigned() throws Exception {
        Files.delete(repository.resolve("content.jar"));
        UpdateException e = assertThrows(UpdateException.class, () -> IndexSignature.sign(repository, productKey));
        assertTrue(e.getMessage().contains("not a p2 repository"), e.getMessage());
    }

    @Test
    void aMalformedKeyLineNamesItsLine() throws Exception {
        Files.writeString(install.resolve(UpdateKeys.FILE_NAME), "# keys\nrsa AAAA\n");
        UpdateException e = assertThrows(UpdateException.class, () -> UpdateKeys.of(install));
        assertTrue(e.getMessage().contains("update-keys.txt: line 2"), e.getMessage());
    }
}
