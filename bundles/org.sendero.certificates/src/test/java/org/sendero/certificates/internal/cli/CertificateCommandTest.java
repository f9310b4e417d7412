package org.sendero.certificates.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.certificates.Certificate;
import org.sendero.certificates.CertificateException;
import org.sendero.certificates.CertificateIssuer;
import org.sendero.certificates.IssueRequest;
import org.sendero.certificates.IssuedCertificate;
import org.sendero.certificates.internal.issue.OfficeSettingsFile;
import org.sendero.certificates.Field;
import org.sendero.certificates.Paper;
import org.sendero.certificates.internal.pdf.CertificatePdf;
import org.sendero.certificates.internal.sign.TrustStore;
import org.sendero.certificates.internal.sign.VerificationCode;
import org.sendero.certificates.internal.sign.VerifierService;
import org.sendero.certificates.testing.Offices;

/**
 * sendero certificate verify|trust|trusted|public-key: one office hands its key file to another,
 * which then checks that office's certificates; every failure is one line with the file and cause.
 */
class CertificateCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path issuingKey;
    private TrustStore here;
    private CertificateCommand command;

    @BeforeEach
    void twoOffices() throws Exception {
        issuingKey = Offices.keyFile(temp.resolve("keys"), "tapachula");
        here = new TrustStore(temp.resolve("receiving-office"));
        command = new CertificateCommand(new NotIssuing(), new VerifierService(here), here,
                OfficeSettingsFile.at(temp.resolve("office.properties")));
    }

    /** Issuing is tested with the progress database, in the OSGi tests. */
    private static final class NotIssuing implements CertificateIssuer {
        @Override
        public IssuedCertificate issue(IssueRequest request) throws CertificateException {
            throw new CertificateException("issuing is not part of these tests");
        }

        @Override
        public Optional<Path> issued(String learner, String courseId) {
            return Optional.empty();
        }
    }

    private int run(String... arguments) {
        out.reset();
        err.reset();
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A certificate as the issuing office writes it. */
    private Path certificate() throws Exception {
        Certificate certificate = Offices.certificate("en");
        Path pdf = temp.resolve("certificate.pdf");
        new CertificatePdf().write(certificate,
                VerificationCode.encode(certificate, TrustStore.officeOf(issuingKey, Offices.TAPACHULA).keys()),
                Paper.A4, Map.of(), pdf);
        return pdf;
    }

    @Test
    void anOfficesCertificateVerifiesOnceItsKeyFileIsTrusted() throws Exception {
        Path pdf = certificate();
        Path keyFile = temp.resolve("tapachula.pub");

        assertEquals(1, run("verify", pdf.toString()));
        assertTrue(err().startsWith(pdf + ": not signed by a trusted office (key id "), err());

        assertEquals(0, run("public-key", "--key", issuingKey.toString(), "--office", Offices.TAPACHULA, "-o",
                keyFile.toString()));
        assertEquals("Wrote " + keyFile + "\n", out());
        assertEquals(0, run("trust", keyFile.toString()));
        String fingerprint = TrustStore.officeOf(issuingKey, Offices.TAPACHULA).office().fingerprint();
        assertEquals("Trusted " + Offices.TAPACHULA + " (" + fingerprint + ")\n", out());
        assertEquals(0, run("trusted"));
        assertEquals(Offices.TAPACHULA + "  " + fingerprint + "\n", out());

        assertEquals(0, run("verify", pdf.toString()), err());
        assertTrue(out().startsWith(pdf + ": valid: signed by " + Offices.TAPACHULA + " (" + fingerprint + ")\n"),
                out());
        assertTrue(out().contains("  learner: María José Pérez-Ñúñez\n  course: border-interviews\n"), out());
        assertTrue(out().contains("  date: 2026-12-07\n  scores: m1=87;m2=100\n"), out());
    }

    @Test
    void aCodeVerifiesByItselfAndAChangedDateDoesNot() throws Exception {
        Path keyFile = Files.writeString(temp.resolve("office.pub"),
                here.publicKeyFile(issuingKey, Offices.TAPACHULA));
        run("trust", keyFile.toString());
        String code = VerificationCode.encode(Offices.certificate("fr"),
                TrustStore.officeOf(issuingKey, Offices.TAPACHULA).keys());

        assertEquals(0, run("verify", code), err());
        assertTrue(out().startsWith("code: valid: signed by " + Offices.TAPACHULA), out());

        assertEquals(1, run("verify", Offices.tampered(code, Field.DATE.ordinal() + 1, "2026-06-01")));
        assertTrue(err().startsWith("code: changed after it was signed"), err());
        assertEquals(1, err().lines().count());
    }

    @Test
    void failuresAreOneLineNamingTheFileAndTheCause() throws Exception {
        Path missing = temp.resolve("nowhere.pdf");
        Path notPdf = Files.writeString(temp.resolve("notes.pdf"), "hello");

        assertEquals(1, run("verify", missing.toString()));
        assertEquals(missing + ": no such file, and not a verification code (those start with SC1.)\n", err());
        assertEquals(1, run("verify", notPdf.toString()));
        assertTrue(err().startsWith(notPdf + ": not a readable PDF"), err());
        assertEquals(1, err().lines().count());
        assertEquals(1, run("trust", issuingKey.toString()));
        assertTrue(err().startsWith("sendero certificate: " + issuingKey + ": is a private key"), err());
        assertEquals(List.of(), here.list(), "a refused key is not trusted");
        assertEquals(1, run("public-key", "--key", missing.toString(), "--office", "O"));
        assertEquals("sendero certificate: " + missing + ": no such key file\n", err());
        assertEquals(1, run("public-key", "--key", notPdf.toString(), "--office", "O"));
        assertTrue(err().startsWith("sendero certificate: " + notPdf + ": not an Ed25519 private key"), err());
        assertEquals(2, run("issue", "--learner", "Ana", "--course", "c1", "--key", "k", "--office", "O", "--lang",
                "de"));
        assertEquals("sendero certificate: --lang must be en, es or fr\n", err());
        assertEquals(2, run("issue", "--learner", "Ana"));
        assertTrue(err().startsWith("sendero certificate: missing --"), err());
    }
}
