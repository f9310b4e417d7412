package org.sendero.certificates.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendero.certificates.Certificate;
import org.sendero.certificates.Field;
import org.sendero.certificates.Outcome;
import org.sendero.certificates.Paper;
import org.sendero.certificates.Score;
import org.sendero.certificates.Verification;
import org.sendero.certificates.internal.sign.TrustStore;
import org.sendero.certificates.internal.sign.VerificationCode;
import org.sendero.certificates.internal.sign.VerifierService;
import org.sendero.certificates.testing.Offices;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The printed certificate: its words in each language, its QR code, and its verification data. */
class CertificatePdfTest {

    private static final Map<String, String> TITLES = Map.of("m1", "Telling smuggling from trafficking", "m2",
            "Referral");

    @TempDir
    Path temp;

    private TrustStore.OfficeKeys office;
    private VerifierService verifier;

    @BeforeEach
    void trustOneOffice() throws Exception {
        TrustStore trust = new TrustStore(temp.resolve("trusted"));
        office = Offices.office(temp.resolve("keys"), "tapachula", Offices.TAPACHULA);
        trust.trust(office.office());
        verifier = new VerifierService(trust);
    }

    private Path issue(Certificate certificate, Paper paper) throws Exception {
        Path pdf = temp.resolve("out").resolve(certificate.language() + "-" + paper + ".pdf");
        new CertificatePdf().write(certificate, VerificationCode.encode(certificate, office.keys()), paper, TITLES,
                pdf);
        return pdf;
    }

    @ParameterizedTest
    @CsvSource({ "en, Certificate of Completion, 'December 7, 2026', Referral: 100%",
            "es, Certificado de finalización, 7 de diciembre de 2026, Referral: 100 %",
            "fr, Certificat de réussite, 7 décembre 2026, Referral : 100 %" })
    void theCertificateReadsInItsLanguage(String language, String title, String date, String score) throws Exception {
        Certificate certificate = Offices.certificate(language);
        Path pdf = issue(certificate, Paper.A4);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ');
            assertTrue(text.contains(title), text);
            assertTrue(text.contains("María José Pérez-Ñúñez"), text);
            assertTrue(text.contains(certificate.courseTitle()), text);
            assertTrue(text.contains(date), text);
            assertTrue(text.contains(score), text);
            assertTrue(text.contains(Offices.TAPACHULA), text);
            assertEquals(1, document.getNumberOfPages());
        }
        assertEquals(Outcome.VALID, verifier.verifyPdf(pdf).outcome());
    }

    @Test
    void theQrCodeHoldsTheVerificationCodeAlsoForALongCourse() throws Exception {
        List<Score> scores = java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(i -> new Score("module-identification-and-referral-" + i, 80 + i)).toList();
        Certificate certificate = new Certificate("fr", "María de los Ángeles Hernández-Villalobos de la Cruz",
                "protection-of-vulnerable-migrants-at-borders", "Protection des migrants vulnérables aux frontières",
                "sendero-starter", "1.2.0", java.time.LocalDate.of(2026, 12, 7), scores, Offices.TAPACHULA);
        Path pdf = issue(certificate, Paper.LETTER);
        String code;
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            code = document.getDocumentInformation().getCustomMetadataValue(PdfFields.CODE);
            page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        // a phone is pointed at the code in the lower right corner, not at the whole page
        int corner = (int) (260 * 150 / 72.0);
        BufferedImage seen = page.getSubimage(page.getWidth() - corner, page.getHeight() - corner, corner, corner);
        int[] pixels = seen.getRGB(0, 0, corner, corner, null, 0, corner);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(corner, corner, pixels)));

        String scanned = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();

        assertEquals(code, scanned);
        assertEquals(Outcome.VALID, verifier.verifyCode(scanned).outcome());
        assertEquals(certificate, verifier.verifyCode(scanned).certificate().orElseThrow());
        assertEquals(Outcome.VALID, verifier.verifyPdf(pdf).outcome(), "a long name is printed whole");
    }

    @Test
    void a4AndLetterAreLandscapePages() throws Exception {
        try (PDDocument a4 = Loader.loadPDF(issue(Offices.certificate("en"), Paper.A4).toFile());
                PDDocument letter = Loader.loadPDF(issue(Offices.certificate("en"), Paper.LETTER).toFile())) {
            PDRectangle a4Box = a4.getPage(0).getMediaBox();
            PDRectangle letterBox = letter.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getHeight(), a4Box.getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getWidth(), a4Box.getHeight(), 0.5);
            assertEquals(792, letterBox.getWidth(), 0.5);
            assertEquals(612, letterBox.getHeight(), 0.5);
        }
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void changingAnyFieldInThePdfsVerificationDataFailsAndNamesIt(Field field) throws Exception {
        Path pdf = issue(Offices.certificate("es"), Paper.A4);
        Path edited = temp.resolve("edited.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String key = "Sendero-" + field.key();
            String value = document.getDocumentInformation().getCustomMetadataValue(key);
            document.getDocumentInformation().setCustomMetadataValue(key,
                    field == Field.DATE ? "2025-01-31" : value + "1");
            document.save(edited.toFile());
        }

        Verification result = verifier.verifyPdf(edited);

        assertEquals(Outcome.CHANGED, result.outcome(), result.reason());
        assertEquals(List.of(field), result.changed());
        assertTrue(result.reason().startsWith(field.described() + " was changed"), result.reason());
    }

    @ParameterizedTest
    @CsvSource({ "en, Somebody Else, Interviews at the border, 2026-12-07, LEARNER",
            "es, María José Pérez-Ñúñez, Entrevistas en la frontera, 2026-12-17, DATE",
            "fr, María José Pérez-Ñúñez, Entretiens à la frontière (avancé), 2026-12-07, COURSE_TITLE" })
    void aPageEditedWhereItsVerificationDataIsLeftAloneFailsAndNamesTheField(String language, String learner,
            String title, String date, Field field) throws Exception {
        Certificate original = Offices.certificate(language);
        Certificate shown = new Certificate(language, learner, original.courseId(), title, original.packId(),
                original.packVersion(), java.time.LocalDate.parse(date), original.scores(), original.office());
        Path genuine = issue(original, Paper.A4);
        Path page = temp.resolve("page.pdf");
        new CertificatePdf().write(shown, VerificationCode.encode(shown, office.keys()), Paper.A4, TITLES, page);
        Path forged = temp.resolve("forged.pdf");
        try (PDDocument from = Loader.loadPDF(genuine.toFile()); PDDocument onto = Loader.loadPDF(page.toFile())) {
            // the genuine certificate's verification data on a page that shows something else
            onto.setDocumentInformation(from.getDocumentInformation());
            onto.save(forged.toFile());
        }

        Verification result = verifier.verifyPdf(forged);

        assertEquals(Outcome.CHANGED, result.outcome(), result.reason());
        assertEquals(List.of(field), result.changed());
        assertTrue(result.reason().startsWith(field.described() + " printed on the page was changed"),
                result.reason());
    }

    @Test
    void aNameChangedInTheCodeItselfFailsAndIsNamed() throws Exception {
        Path pdf = issue(Offices.certificate("en"), Paper.A4);
        Path edited = temp.resolve("edited.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String code = document.getDocumentInformation().getCustomMetadataValue(PdfFields.CODE);
            document.getDocumentInformation().setCustomMetadataValue(PdfFields.CODE,
                    Offices.tampered(code, Field.LEARNER.ordinal() + 1, "Somebody Else"));
            document.getDocumentInformation().setCustomMetadataValue("Sendero-learner", "Somebody Else");
            document.save(edited.toFile());
        }

        Verification result = verifier.verifyPdf(edited);

        assertEquals(Outcome.CHANGED, result.outcome());
        assertTrue(result.reason().startsWith("changed after it was signed"), result.reason());
    }

    @Test
    void aFileThatIsNoCertificateIsRefusedWithTheCause() throws Exception {
        Path text = Files.writeString(temp.resolve("notes.pdf"), "not a pdf");

        Verification result = verifier.verifyPdf(text);

        assertEquals(Outcome.UNREADABLE, result.outcome());
        assertTrue(result.reason().startsWith("not a readable PDF"), result.reason());
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws Exception {
        Path blocked = Files.writeString(temp.resolve("blocked"), "a file where a folder should be");
        Path target = blocked.resolve("certificate.pdf");
        Certificate certificate = Offices.certificate("en");

        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> new CertificatePdf()
                .write(certificate, VerificationCode.encode(certificate, office.keys()), Paper.A4, TITLES, target));

        try (var files = Files.list(temp)) {
            assertEquals(List.of("blocked", "keys", "trusted"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList());
        }
    }
}
