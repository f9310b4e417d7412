package org.sendero.certificates.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.sendero.certificates.Certificate;
import org.sendero.certificates.Score;
import org.sendero.certificates.internal.sign.TrustStore;
import org.sendero.content.authoring.SigningKeys;

/** Offices with real Ed25519 keys, and certificates to sign, for the tests. */
public final class Offices {

    public static final String TAPACHULA = "Oficina de Migración de Tapachula";

    private Offices() {
    }

    /** A new office key in {@code folder}, with the office's name. */
    public static TrustStore.OfficeKeys office(Path folder, String keyName, String office) throws Exception {
        Path key = SigningKeys.generate(folder, keyName).file();
        return TrustStore.officeOf(key, office);
    }

    public static Path keyFile(Path folder, String keyName) throws Exception {
        return SigningKeys.generate(folder, keyName).file();
    }

    public static Certificate certificate(String language) {
        return new Certificate(language, "María José Pérez-Ñúñez", "border-interviews",
                switch (language) {
                    case "es" -> "Entrevistas en la frontera";
                    case "fr" -> "Entretiens à la frontière";
                    default -> "Interviews at the border";
                }, "office-pack", "1.2.0", LocalDate.of(2026, 12, 7),
                List.of(new Score("m1", 87), new Score("m2", 100)), TAPACHULA);
    }

    /**
     * The code with one line of its signed data replaced and its signature kept: what someone who
     * edits a certificate's data without the office's key can make.
     */
    public static String tampered(String code, int line, String value) {
        String[] parts = code.substring("SC1.".length()).split("\\.");
        String data = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String[] lines = data.split("\n", -1);
        lines[line] = value;
        String changed = String.join("\n", lines);
        return "SC1." + Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1];
    }
}
