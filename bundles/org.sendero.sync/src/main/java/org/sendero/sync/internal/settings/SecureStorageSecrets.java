package org.sendero.sync.internal.settings;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.sendero.sync.SyncException;

/**
 * The secret in Eclipse secure storage ({@code org.eclipse.equinox.security}), encrypted, in the
 * data folder ({@code sync/secure_storage}) rather than in the user's home, so that it moves with
 * the data folder and the command line and the workbench read the same one.
 *
 * <p>Equinox asks a password provider for the storage's master password; the ones it has use a
 * desktop keyring or a dialog, neither of which exists on a headless or keyring-less Linux office
 * PC, so the master password is given as the {@code DEFAULT_PASSWORD} hint: a random key made on
 * first use in {@code sync/storage.key}, readable by its owner only. The secret is thus never in
 * clear text on disk, in the settings or in a log, and is as safe as the user's own files.
 */
public final class SecureStorageSecrets implements SecretStore {

    private static final String NODE = "org.sendero.sync";
    private static final String SECRET = "secret";

    private final Path folder;

    /** @param folder the data folder's {@code sync} folder */
    public SecureStorageSecrets(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<char[]> secret() throws SyncException {
        if (!Files.exists(folder.resolve("secure_storage"))) {
            return Optional.empty();
        }
        try {
            String secret = storage().node(NODE).get(SECRET, null);
            return Optional.ofNullable(secret).map(String::toCharArray);
        } catch (StorageException e) {
            throw new SyncException(folder.resolve("secure_storage") + ": cannot read the results server secret: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void store(char[] secret) throws SyncException {
        try {
            ISecurePreferences root = storage();
            root.node(NODE).put(SECRET, new String(secret), true);
            root.flush();
        } catch (StorageException | IOException e) {
            throw new SyncException(folder.resolve("secure_storage") + ": cannot save the results server secret: "
                    + e.getMessage(), e);
        }
    }

    private ISecurePreferences storage() throws SyncException {
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterKey()));
        try {
            ISecurePreferences root = SecurePreferencesFactory
                    .open(folder.resolve("secure_storage").toUri().toURL(), options);
            if (root == null) {
                throw new SyncException(folder.resolve("secure_storage") + ": secure storage cannot be opened");
            }
            return root;
        } catch (IOException e) {
            throw new SyncException(folder.resolve("secure_storage") + ": " + e.getMessage(), e);
        }
    }

    private char[] masterKey() throws SyncException {
        Path key = folder.resolve("storage.key");
        try {
            Files.createDirectories(folder);
            if (!Files.exists(key)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                create(key, Base64.getEncoder().encode(random));
            }
            return new String(Files.readAllBytes(key), StandardCharsets.US_ASCII).strip().toCharArray();
        } catch (MalformedURLException e) {
            throw new SyncException(key + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SyncException(key + ": cannot read or make the secure storage key: " + e.getMessage(), e);
        }
    }

    /** Owner-only where the file system has POSIX permissions; two processes racing both read the winner's. */
    private static void create(Path key, byte[] bytes) throws IOException {
        try {
            try {
                Files.createFile(key,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(key);
            }
            Files.write(key, bytes);
        } catch (FileAlreadyExistsException e) {
            // made by another process a moment ago
        }
    }
}
