package org.sendero.content.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sendero.content.ContentException;
import org.sendero.core.AtomicFiles;
import org.sendero.content.internal.archive.Manifest;
import org.sendero.content.internal.archive.PackSignature;

/**
 * Ed25519 keys for signing packs, in the PEM form {@code sendero pack --sign} and openssl read.
 * The private key file is made readable by its owner only where the file system can say so.
 */
public final class SigningKeys {

    public static final String EXTENSION = ".key";

    private SigningKeys() {
    }

    /** A new key in {@code folder}/{@code name}.key; an existing file is never replaced. */
    public static SigningKey generate(Path folder, String name) throws ContentException {
        Optional<String> badName = Ids.problem(name);
        if (badName.isPresent()) {
            throw ContentException.of(name, "the key's name: " + badName.get());
        }
        Optional<Path> pack = enclosingPack(folder);
        if (pack.isPresent()) {
            throw ContentException.of(folder.toString(), "is inside the pack " + pack.get()
                    + "; a private key kept there would be packed and handed out with it");
        }
        Path file = folder.resolve(name + EXTENSION);
        if (Files.exists(file)) {
            throw ContentException.of(file.toString(), "already exists; a key is never replaced, choose another name");
        }
        try {
            KeyPair pair = PackSignature.newKey();
            // the temporary file is made with owner-only permissions where POSIX applies, and keeps them
            AtomicFiles.create(file, PackSignature.pem(pair).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            boolean ownerOnly = restrictToOwner(file);
            return new SigningKey(file, PackSignature.fingerprint(pair.getPublic()), ownerOnly);
        } catch (IOException | GeneralSecurityException e) {
            throw ContentException.of(file.toString(), "cannot write the key: " + e.getMessage());
        }
    }

    /** The key in {@code file}, checked to be an Ed25519 private key. */
    public static SigningKey load(Path file) throws ContentException {
        try {
            KeyPair pair = PackSignature.readKey(file);
            return new SigningKey(file, PackSignature.fingerprint(pair.getPublic()), isOwnerOnly(file));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw ContentException.of(file.toString(), "not an Ed25519 private key in PEM (PKCS#8): " + e.getMessage());
        }
    }

    /**
     * The key pair in {@code file}, for other signatures made with the office's key (certificates
     * of completion) than the pack's.
     */
    public static java.security.KeyPair keyPair(Path file) throws ContentException {
        try {
            return PackSignature.readKey(file);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw ContentException.of(file.toString(), "not an Ed25519 private key in PEM (PKCS#8): " + e.getMessage());
        }
    }

    /** The fingerprint of a public key, in the form pack signers are shown: SHA256:... */
    public static String fingerprint(java.security.PublicKey key) {
        return PackSignature.fingerprint(key);
    }

    /**
     * Who signed a .sendero file, checked: the fingerprint of the key whose signature over the
     * archive's MANIFEST.sha256 verifies, or empty when it is not signed. Only the two manifest
     * entries are read, so a feed can name a pack's publisher before installing it; the hash of every
     * file is checked by the install.
     */
    public static Optional<String> verifiedSigner(Path archive) throws ContentException {
        String shown = archive.toString();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
            java.util.zip.ZipEntry signature = zip.getEntry(Manifest.SIGNATURE);
            if (signature == null) {
                return Optional.empty();
            }
            java.util.zip.ZipEntry manifest = zip.getEntry(Manifest.FILE);
            if (manifest == null) {
                throw ContentException.of(shown + "!" + Manifest.SIGNATURE, "without " + Manifest.FILE);
            }
            Optional<PackSignature> parsed = PackSignature.parse(entry(zip, signature, 64 * 1024));
            if (parsed.isEmpty()) {
                throw ContentException.of(shown + "!" + Manifest.SIGNATURE, "not an Ed25519 pack signature");
            }
            if (!parsed.get().verifies(entry(zip, manifest, 16 * 1024 * 1024))) {
                throw ContentException.of(shown + "!" + Manifest.SIGNATURE, "the signature of key "
                        + parsed.get().fingerprint() + " does not match: the pack was changed after it was signed");
            }
            return Optional.of(parsed.get().fingerprint());
        } catch (ContentException e) {
            throw e;
        } catch (IOException e) {
            throw ContentException.of(shown, "not a readable pack archive: " + e.getMessage());
        }
    }

    private static byte[] entry(java.util.zip.ZipFile zip, java.util.zip.ZipEntry entry, int limit)
            throws IOException {
        try (java.io.InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new IOException(entry.getName() + " is larger than any pack's");
            }
            return bytes;
        }
    }

    /** The pack folder {@code path} is in (a folder with pack.yaml, itself or above). */
    static Optional<Path> enclosingPack(Path path) {
        for (Path current = path.toAbsolutePath().normalize(); current != null; current = current.getParent()) {
            if (Files.isRegularFile(current.resolve("pack.yaml"))) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    private static boolean restrictToOwner(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rw-------"));
            return isOwnerOnly(file);
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(file);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
            return isOwnerOnly(file);
        }
        return false;
    }

    private static boolean isOwnerOnly(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            return permissions.stream()
                    .allMatch(p -> p == PosixFilePermission.OWNER_READ || p == PosixFilePermission.OWNER_WRITE);
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(file);
            return acl.getAcl().stream()
                    .allMatch(entry -> entry.type() != AclEntryType.ALLOW || entry.principal().equals(owner));
        }
        return false;
    }
}
