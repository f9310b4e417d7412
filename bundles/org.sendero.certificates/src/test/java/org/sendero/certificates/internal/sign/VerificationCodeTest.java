package org.sendero.certificates.internal.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendero.certificates.Certificate;
import org.sendero.certificates.Field;
import org.sendero.certificates.Outcome;
import org.sendero.certificates.Verification;
import org.sendero.certificates.testing.Offices;

/** A code signs exactly its fields: any change, or another office's key, fails. */
class VerificationCodeTest {

    @TempDir
    Path temp;

    private TrustStore trust;
    private TrustStore.OfficeKeys office;
    private CodeCheck check;

    @BeforeEach
    void trustOneOffice() throws Exception {
        trust = new TrustStore(temp.resolve("trusted"));
        office = Offices.office(temp.resolve("keys"), "tapachula", Offices.TAPACHULA);
        trust.trust(office.office());
        check = new CodeCheck(trust);
    }

    @Test
    void aSignedCodeVerifiesAndSaysWhoSignedIt() throws Exception {
        Certificate certificate = Offices.certificate("es");
        String code = VerificationCode.encode(certificate, office.keys());

        Verification result = check.check(code);

        assertEquals(Outcome.VALID, result.outcome(), result.reason());
        assertEquals(Optional.of(certificate), result.certificate());
        assertEquals(Offices.TAPACHULA, result.signer().orElseThrow().office());
        assertTrue(result.reason().contains(office.office().fingerprint()), result.reason());
        assertTrue(code.chars().allMatch(c -> c < 128), "only ASCII goes into the QR code");
        assertTrue(code.length() < 600, "short enough for a QR code on a page: " + code.length());
    }

    @Test
    void aCodeCopiedFromThePageWithLineBreaksStillVerifies() throws Exception {
        String code = VerificationCode.encode(Offices.certificate("en"), office.keys());
        String copied = code.substring(0, 50) + "\n  " + code.substring(50, 120) + " " + code.substring(120);

        assertEquals(Outcome.VALID, check.check(copied).outcome());
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void changingAnyFieldOfTheCodeBreaksTheSignature(Field field) throws Exception {
        Certificate certificate = Offices.certificate("en");
        String code = VerificationCode.encode(certificate, office.keys());
        String original = certificate.fields().get(field);
        String other = switch (field) {
            case LANGUAGE -> "fr";
            case DATE -> "2026-12-08";
            case SCORES -> "m1=97;m2=100";
            default -> original + "x";
        };

        Verification result = check.check(Offices.tampered(code, field.ordinal() + 1, other));

        assertEquals(Outcome.CHANGED, result.outcome(), field + ": " + result.reason());
        assertFalse(result.valid());
        assertTrue(result.reason().startsWith("changed after it was signed"), result.reason());
        assertEquals(other, result.certificate().orElseThrow().fields().get(field), "the claim is shown as made");
    }

    @Test
    void aCodeSignedByAnotherOfficeIsNotTrusted() throws Exception {
        TrustStore.OfficeKeys stranger = Offices.office(temp.resolve("keys"), "stranger", Offices.TAPACHULA);
        String code = VerificationCode.encode(Offices.certificate("en"), stranger.keys());

        Verification result = check.check(code);

        assertEquals(Outcome.UNTRUSTED, result.outcome());
        assertTrue(result.reason().startsWith("not signed by a trusted office"), result.reason());
        assertTrue(result.signer().isEmpty());
    }

    @Test
    void aTrustedKeyDoesNotVouchForAnotherOfficesName() throws Exception {
        Certificate claimsOther = new Certificate("en", "Ana", "c1", "Course", "p", "1.0.0",
                Offices.certificate("en").date(), List.of(), "Oficina de Ciudad Hidalgo");

        Verification result = check.check(VerificationCode.encode(claimsOther, office.keys()));

        assertEquals(Outcome.CHANGED, result.outcome());
        assertEquals(List.of(Field.OFFICE), result.changed());
        assertTrue(result.reason().contains("Oficina de Ciudad Hidalgo"), result.reason());
    }

    @Test
    void textThatIsNoCodeIsRefusedWithTheReason() {
        assertEquals(Outcome.UNREADABLE, check.check("hello").outcome());
        assertTrue(check.check("SC1.abc").reason().contains("two parts"));
        assertTrue(check.check("SC1.@@@.AAAA").reason().contains("mistyped"));
    }

    @Test
    void theOfficeKeyFileRoundTripsAndAPrivateKeyIsNeverTrusted() throws Exception {
        Path shared = temp.resolve("tapachula.pub");
        Files.writeString(shared, trust.publicKeyFile(keyOf(), Offices.TAPACHULA));
        TrustStore elsewhere = new TrustStore(temp.resolve("other-office"));

        assertEquals(office.office().fingerprint(), elsewhere.trust(shared, Optional.empty()).fingerprint());
        assertEquals(List.of(Offices.TAPACHULA), elsewhere.list().stream().map(o -> o.office()).toList());

        org.sendero.certificates.CertificateException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.sendero.certificates.CertificateException.class, () -> elsewhere.trust(keyOf(), Optional.empty()));
        assertTrue(refused.getMessage().contains("is a private key"), refused.getMessage());
    }

    private Path keyOf() {
        return temp.resolve("keys").resolve("tapachula.key");
    }
}
