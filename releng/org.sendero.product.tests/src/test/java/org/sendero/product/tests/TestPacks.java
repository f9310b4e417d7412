package org.sendero.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/** Pack folders and signing keys as a trainer makes them, for the installed product to work on. */
final class TestPacks {

    /** The complete example pack of the pack format's documentation. */
    static final Path EXAMPLE = Path.of("../../docs/example-pack").toAbsolutePath().normalize();

    private TestPacks() {
    }

    /** A fresh copy of the example pack in {@code target}, free to change. */
    static Path copyOfExample(Path target) throws IOException {
        InstalledProduct.deleteRecursively(target);
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path copy = target.resolve(EXAMPLE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
        return target;
    }

    /** Replaces the first occurrence of {@code from} in a file of the pack. */
    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " has no «" + from + "»");
        }
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }

    /** A new Ed25519 private key in PKCS#8 PEM, as {@code openssl genpkey -algorithm ed25519} writes it. */
    static Path signingKey(Path file) throws IOException, GeneralSecurityException {
        byte[] pkcs8 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        return file;
    }
}
