package org.sendero.certificates.internal.sign;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.sendero.certificates.TrustedOffice;
import org.sendero.content.authoring.SigningKeys;

/**
 * The file an office hands to others so they can check its certificates: its name and public key,
 * in the "name: value" lines pack signatures use. A PEM public key ("BEGIN PUBLIC KEY", as
 * {@code openssl pkey -pubout} writes) is read too, with the office's name given separately.
 */
public final class OfficeKeyFile {

    public static final String EXTENSION = ".pub";
    private static final String HEADER = "# Sendero office key: checks the certificates of completion this office issues";

    private OfficeKeyFile() {
    }

    public static String write(TrustedOffice office) {
        return HEADER + "\n"
                + "office: " + office.office() + "\n"
                + "algorithm: Ed25519\n"
                + "public-key: " + Base64.getEncoder().encodeToString(office.key().getEncoded()) + "\n"
                + "fingerprint: " + office.fingerprint() + "\n";
    }

    /**
     * @param office the name to use when the file does not hold one (a PEM public key)
     * @throws IllegalArgumentException saying what is wrong with the file's text
     */
    public static TrustedOffice read(byte[] bytes, Optional<String> office) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("PRIVATE KEY-----")) {
            throw new IllegalArgumentException("is a private key, which never leaves the office that signs;"
                    + " give its public key file (sendero certificate public-key)");
        }
        if (text.contains("-----BEGIN PUBLIC KEY-----")) {
            String name = office.filter(n -> !n.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                    "is a PEM public key, which does not name its office; add --office NAME"));
            String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return office(name.strip(), base64);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int colon = line.indexOf(": ");
            if (!line.startsWith("#") && colon > 0) {
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 2).strip());
            }
        }
        if (!"Ed25519".equals(fields.get("algorithm")) || !fields.containsKey("public-key")) {
            throw new IllegalArgumentException("is not an office key file (office:, algorithm: Ed25519, public-key:)");
        }
        String name = office.filter(n -> !n.isBlank()).or(() -> Optional.ofNullable(fields.get("office")))
                .filter(n -> !n.isBlank())
                .orElseThrow(() -> new IllegalArgumentException("names no office; add --office NAME"));
        TrustedOffice read = office(name.strip(), fields.get("public-key"));
        String stated = fields.get("fingerprint");
        if (stated != null && !stated.equals(read.fingerprint())) {
            throw new IllegalArgumentException("states the fingerprint " + stated + " but its key's is "
                    + read.fingerprint() + "; the file was changed");
        }
        return read;
    }

    private static TrustedOffice office(String name, String base64) {
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the office's name holds a control character");
        }
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return new TrustedOffice(name, SigningKeys.fingerprint(key), key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("does not hold an Ed25519 public key");
        }
    }
}
