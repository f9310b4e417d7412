package org.sendero.certificates.internal.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sendero.certificates.Certificate;
import org.sendero.certificates.Field;

/**
 * The verification data of a certificate PDF, in its information dictionary: the code under
 * {@value #CODE} and each signed field under {@code Sendero-<field>} (e.g. {@code Sendero-learner}),
 * so that {@code verify FILE.pdf} needs no QR reader and can tell which field was changed.
 */
public final class PdfFields {

    public static final String CODE = "Sendero-Certificate";
    private static final String FIELD_PREFIX = "Sendero-";
    private static final long LARGEST_PDF = 20L * 1024 * 1024;

    /**
     * What a PDF holds: its code, the fields stored beside it (missing ones are absent), and the text
     * printed on its first page.
     */
    public record Read(String code, Map<Field, String> fields, String pageText) {
    }

    private PdfFields() {
    }

    static void write(PDDocumentInformation info, Certificate certificate, String code) {
        info.setCustomMetadataValue(CODE, code);
        certificate.fields().forEach((field, value) -> info.setCustomMetadataValue(FIELD_PREFIX + field.key(), value));
    }

    /** @throws IllegalArgumentException with one line naming the cause */
    public static Read read(Path pdf) {
        try {
            if (Files.size(pdf) > LARGEST_PDF) {
                throw new IllegalArgumentException("too large to be a certificate (over 20 MB)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read it: " + e.getMessage());
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = document.getDocumentInformation();
            String code = info.getCustomMetadataValue(CODE);
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("holds no Sendero verification code; is it a certificate?");
            }
            Map<Field, String> fields = new EnumMap<>(Field.class);
            for (Field field : Field.values()) {
                String value = info.getCustomMetadataValue(FIELD_PREFIX + field.key());
                if (value != null) {
                    fields.put(field, value);
                }
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return new Read(code, fields, stripper.getText(document));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable PDF: " + e.getMessage());
        }
    }
}
