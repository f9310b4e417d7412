package org.sendero.certificates.internal.pdf;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.sendero.certificates.Certificate;
import org.sendero.certificates.Field;

/**
 * Whether the page shows what was signed: a name or date edited on the page itself (its drawn text,
 * leaving the verification data alone) must not pass as valid.
 */
public final class PrintedPage {

    private PrintedPage() {
    }

    /** The fields whose printed line is not on the page, with the line that was looked for. */
    public static Map<Field, String> missing(Certificate certificate, String pageText) {
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        Set<String> lines = pageText.lines().map(PrintedPage::normal).collect(Collectors.toSet());
        CertificateWords words = new CertificateWords(certificate.language());
        Map<Field, String> expected = new EnumMap<>(Field.class);
        expected.put(Field.LEARNER, Printable.of(certificate.learner(), bold));
        expected.put(Field.COURSE_TITLE, Printable.of(certificate.courseTitle(), bold));
        expected.put(Field.DATE, words.get("date", words.date(certificate.date())));
        Map<Field, String> missing = new EnumMap<>(Field.class);
        expected.forEach((field, printed) -> {
            // whole lines: "7 December" must not pass inside "17 December"
            if (!lines.contains(normal(printed))) {
                missing.put(field, printed);
            }
        });
        return missing;
    }

    /** Text extraction and layout differ in spacing only. */
    private static String normal(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").strip();
    }
}
