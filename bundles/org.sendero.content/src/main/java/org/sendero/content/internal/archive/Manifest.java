package org.sendero.content.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sendero.content.Problem;

/**
 * MANIFEST.sha256: the SHA-256 of every file of a pack, one "HASH  PATH" line each (the format
 * of sha256sum, so that anyone can check a pack by hand), sorted by path.
 */
public record Manifest(Map<String, String> hashes) {

    public static final String FILE = "MANIFEST.sha256";
    public static final String SIGNATURE = "MANIFEST.sig";
    /** Files about the pack rather than of it: never listed in the manifest. */
    public static final Set<String> OWN_FILES = Set.of(FILE, SIGNATURE);

    public Manifest {
        hashes = java.util.Collections.unmodifiableMap(new TreeMap<>(hashes));
    }

    /** Hashes the given files (paths relative to {@code root}). */
    public static Manifest of(Path root, List<String> files) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String file : files) {
            if (!OWN_FILES.contains(file)) {
                hashes.put(file, sha256(root.resolve(file)));
            }
        }
        return new Manifest(hashes);
    }

    public byte[] bytes() {
        StringBuilder text = new StringBuilder();
        hashes.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses the manifest, reporting malformed lines with their line number. */
    public static Manifest parse(byte[] bytes, List<Problem> problems) {
        Map<String, String> hashes = new TreeMap<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            if (line.length() < 67 || !line.substring(0, 64).matches("[0-9a-f]{64}") || !line.startsWith("  ", 64)) {
                problems.add(Problem.error(FILE, i + 1, 1, "not a line 'SHA256  PATH'"));
                continue;
            }
            String path = line.substring(66);
            if (hashes.put(path, line.substring(0, 64)) != null) {
                problems.add(Problem.error(FILE, i + 1, 67, "'" + path + "' is listed twice"));
            }
        }
        return new Manifest(hashes);
    }

    /** Every file listed with the right hash, and no file that is not listed. */
    public List<Problem> verify(Path root, List<String> files) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Set<String> present = new TreeSet<>(files);
        present.removeAll(OWN_FILES);
        for (Map.Entry<String, String> entry : hashes.entrySet()) {
            if (!present.contains(entry.getKey())) {
                problems.add(Problem.error(entry.getKey(), 1, 1, "listed in " + FILE + " but missing from the pack"));
            } else if (!sha256(root.resolve(entry.getKey())).equals(entry.getValue())) {
                problems.add(Problem.error(entry.getKey(), 1, 1,
                        "checksum mismatch: the file differs from the one that was packed"));
            }
        }
        for (String file : present) {
            if (!hashes.containsKey(file)) {
                problems.add(Problem.error(file, 1, 1, "not listed in " + FILE + ": the file was added after packing"));
            }
        }
        return problems;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
