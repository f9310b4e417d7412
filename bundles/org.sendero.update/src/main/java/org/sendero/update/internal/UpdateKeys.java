package org.sendero.update.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.sendero.update.UpdateException;

/**
 * The public keys whose signed repositories this installation accepts as updates of itself, one
 * per line in {@value #FILE_NAME} in the installation folder: {@code ed25519 BASE64 [comment]}.
 * The file is the product's, not the learners': it sits next to the launcher, outside the data
 * folder, and whoever may change it may change the program too. p2 never installed it, so updates
 * keep it.
 */
public final class UpdateKeys {

    public static final String FILE_NAME = "update-keys.txt";

    private final Path file;
    private final List<PublicKey> keys;

    private UpdateKeys(Path file, List<PublicKey> keys) {
        this.file = file;
        this.keys = List.copyOf(keys);
    }

    /** The keys trusted by the installation in {@code installFolder}; none when the file is absent. */
    public static UpdateKeys of(Path installFolder) throws UpdateException {
        Path file = installFolder.resolve(FILE_NAME);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new UpdateKeys(file, List.of());
        } catch (IOException e) {
            throw new UpdateException(file + ": cannot read it: " + e.getMessage(), e);
        }
        List<PublicKey> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            if (words.length < 2 || !words[0].equals("ed25519")) {
                throw new UpdateException(file + ": line " + (i + 1) + ": expected 'ed25519 KEY [comment]'");
            }
            try {
                keys.add(KeyFactory.getInstance("Ed25519")
                        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(words[1]))));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new UpdateException(file + ": line " + (i + 1) + ": not an Ed25519 public key: " + e.getMessage(),
                        e);
            }
        }
        return new UpdateKeys(file, keys);
    }

    public boolean trusts(PublicKey key) {
        return keys.stream().anyMatch(k -> Arrays.equals(k.getEncoded(), key.getEncoded()));
    }

    /** Where the trusted keys come from and how many there are, for messages. */
    public String describe() {
        return keys.isEmpty() ? "no key is listed in " + file : keys.size() + " key(s) listed in " + file;
    }

    /** The line that makes an installation trust {@code key}, for {@value #FILE_NAME}. */
    public static String line(PublicKey key, String comment) {
        return "ed25519 " + Base64.getEncoder().encodeToString(key.getEncoded()) + " " + comment;
    }

    /** The key's fingerprint as packs show theirs: SHA256: and the base64 of the key's hash. */
    public static String fingerprint(PublicKey key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
