package org.sendero.update.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sendero.update.UpdateException;

/**
 * A detached Ed25519 signature over the index files of a p2 repository (content and artifacts, in
 * every form p2 may read, and p2.index which says which form it reads), kept beside them in
 * {@value #FILE_NAME}. The artifacts index holds the size and SHA-256 of every file p2 downloads,
 * and p2 checks them, so a signed index covers every byte that is installed.
 *
 * <pre>
 * algorithm: Ed25519
 * public-key: BASE64 (X.509)
 * file: SHA-256-HEX NAME      (one line for each index file present)
 * signature: BASE64           (over every line above it, UTF-8, each ending in \n)
 * </pre>
 */
public final class IndexSignature {

    public static final String FILE_NAME = "sendero-update.sig";

    /** The index files p2 may read from a simple repository; each one present must be signed. */
    public static final Set<String> INDEX_FILES = Set.of("p2.index", "content.jar", "content.xml", "content.xml.xz",
            "artifacts.jar", "artifacts.xml", "artifacts.xml.xz");

    /** Indexes that point to other repositories, whose files this signature would not cover. */
    static final Set<String> COMPOSITE_FILES = Set.of("compositeContent.jar", "compositeContent.xml",
            "compositeArtifacts.jar", "compositeArtifacts.xml");

    private static final String ALGORITHM = "Ed25519";

    private IndexSignature() {
    }

    /** Signs the index files of the repository in {@code folder} and writes {@value #FILE_NAME} there. */
    public static Path sign(Path folder, KeyPair key) throws UpdateException {
        List<String> names = presentIndexFiles(folder);
        if (names.stream().noneMatch(n -> n.startsWith("content"))
                || names.stream().noneMatch(n -> n.startsWith("artifacts"))) {
            throw new UpdateException(folder + ": not a p2 repository (no content and artifacts index)");
        }
        StringBuilder body = new StringBuilder();
        body.append("algorithm: ").append(ALGORITHM).append('\n');
        body.append("public-key: ").append(Base64.getEncoder().encodeToString(key.getPublic().getEncoded()))
                .append('\n');
        for (String name : names) {
            body.append("file: ").append(sha256(folder.resolve(name))).append(' ').append(name).append('\n');
        }
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key.getPrivate());
            signer.update(body.toString().getBytes(StandardCharsets.UTF_8));
            body.append("signature: ").append(Base64.getEncoder().encodeToString(signer.sign())).append('\n');
        } catch (GeneralSecurityException e) {
            throw new UpdateException(folder + ": cannot sign: " + e.getMessage(), e);
        }
        Path file = folder.resolve(FILE_NAME);
        try {
            Files.writeString(file, body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UpdateException(file + ": cannot write it: " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * The signed listing in {@code sigFile}, checked to be well formed and signed by its own key;
     * whether that key is trusted and the files match is for {@link Signed#verify}.
     */
    public static Signed read(Path sigFile) throws UpdateException {
        String text;
        try {
            text = Files.readString(sigFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UpdateException(sigFile + ": the repository is not signed (" + e.getMessage() + ")", e);
        }
        int end = text.lastIndexOf("signature: ");
        if (end < 0 || (end > 0 && text.charAt(end - 1) != '\n')) {
            throw new UpdateException(sigFile + ": no signature line");
        }
        String body = text.substring(0, end);
        Map<String, String> files = new LinkedHashMap<>();
        String algorithm = null;
        String publicKey = null;
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("algorithm: ")) {
                algorithm = line.substring(11).strip();
            } else if (line.startsWith("public-key: ")) {
                publicKey = line.substring(12).strip();
            } else if (line.startsWith("file: ")) {
                String[] parts = line.substring(6).strip().split(" ", 2);
                if (parts.length != 2 || !INDEX_FILES.contains(parts[1]) || !parts[0].matches("[0-9a-f]{64}")) {
                    throw new UpdateException(sigFile + ": line " + (i + 1) + ": not a signed index file: " + line);
                }
                files.put(parts[1], parts[0]);
            } else {
                throw new UpdateException(sigFile + ": line " + (i + 1) + ": unexpected: " + line);
            }
        }
        if (!ALGORITHM.equals(algorithm) || publicKey == null) {
            throw new UpdateException(sigFile + ": not an Ed25519 signature with its public key");
        }
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            byte[] signature = Base64.getDecoder().decode(text.substring(end + 11).strip());
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(body.getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(signature)) {
                throw new UpdateException(sigFile
                        + ": the signature does not match the listed files; the index was changed after signing");
            }
            return new Signed(sigFile, key, Map.copyOf(files));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UpdateException(sigFile + ": the signature cannot be read: " + e.getMessage(), e);
        }
    }

    /** A listing whose signature matched its key. */
    public record Signed(Path sigFile, PublicKey key, Map<String, String> files) {

        /**
         * Checks that the key is trusted, that every index file in {@code folder} is listed (p2
         * must not read an unsigned one) and that each listed file has the signed hash.
         */
        public void verify(Path folder, UpdateKeys trusted) throws UpdateException {
            if (!trusted.trusts(key)) {
                throw new UpdateException(sigFile + ": signed by " + UpdateKeys.fingerprint(key)
                        + ", which is not a key this installation trusts for updates (" + trusted.describe() + ")");
            }
            for (String composite : COMPOSITE_FILES) {
                if (Files.exists(folder.resolve(composite))) {
                    throw new UpdateException(folder.resolve(composite)
                            + ": composite repositories are not accepted; sign a single repository");
                }
            }
            for (String name : presentIndexFiles(folder)) {
                if (!files.containsKey(name)) {
                    throw new UpdateException(folder.resolve(name) + ": this index file is not signed");
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                if (!Files.isRegularFile(path)) {
                    throw new UpdateException(path + ": signed but missing");
                }
                if (!sha256(path).equals(file.getValue())) {
                    throw new UpdateException(path + ": changed after the repository was signed");
                }
            }
        }
    }

    static List<String> presentIndexFiles(Path folder) {
        List<String> names = new ArrayList<>();
        for (String name : INDEX_FILES.stream().sorted().toList()) {
            if (Files.exists(folder.resolve(name))) {
                names.add(name);
            }
        }
        return names;
    }

    static String sha256(Path file) throws UpdateException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | GeneralSecurityException e) {
            throw new UpdateException(file + ": cannot read it: " + e.getMessage(), e);
        }
    }
}
