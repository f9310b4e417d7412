package org.sendero.certificates.internal.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.sendero.certificates.Certificate;
import org.sendero.certificates.Paper;
import org.sendero.certificates.Score;
import org.sendero.core.AtomicFiles;

/**
 * Prints a certificate on one landscape page: the statement in the certificate's language, the best
 * quiz scores, the office, and the verification code as text and as a QR code. The fonts are the
 * ones every PDF reader has (Helvetica, whose encoding covers Spanish and French; a character it
 * cannot show becomes '?' on the page, while the signed data keeps it). The verification data goes
 * into the information dictionary ({@link PdfFields}).
 */
public final class CertificatePdf {

    private static final float MARGIN = 36;
    private static final float QR_SMALLEST = 118;
    /** A long code (many modules, a long name) gets a larger QR code, up to this size. */
    private static final float QR_LARGEST = 170;
    /** Printed modules of at least 0.5 mm, which a phone camera reads from a sheet held at arm's length. */
    private static final float QR_MODULE = 1.5f;
    private static final float[] INK = { 0.10f, 0.18f, 0.32f };

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont mono = new PDType1Font(Standard14Fonts.FontName.COURIER);

    /**
     * Writes the PDF whole or not at all.
     *
     * @param moduleTitles module id to its title in the certificate's language, for the scores
     */
    public void write(Certificate certificate, String code, Paper paper, Map<String, String> moduleTitles, Path target)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
            document.addPage(page);
            CertificateWords words = new CertificateWords(certificate.language());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(words.get("title") + ": " + certificate.learner() + ", " + certificate.courseTitle());
            info.setAuthor(certificate.office());
            info.setCreator("Sendero");
            Calendar created = Calendar.getInstance();
            info.setCreationDate(created);
            PdfFields.write(info, certificate, code);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Layout(content, paper).draw(certificate, code, words, moduleTitles);
            }
            AtomicFiles.write(target, document::save);
        }
    }

    /** One page being drawn, top to bottom. */
    private final class Layout {

        private final PDPageContentStream content;
        private final float width;
        private final float height;
        private float y;

        Layout(PDPageContentStream content, Paper paper) {
            this.content = content;
            this.width = paper.width();
            this.height = paper.height();
            this.y = height - MARGIN - 58;
        }

        void draw(Certificate certificate, String code, CertificateWords words, Map<String, String> titles)
                throws IOException {
            frame();
            centred(words.get("title"), bold, 30, INK);
            y -= 40;
            centred(words.get("certifies"), regular, 13, null);
            y -= 36;
            shrinking(certificate.learner(), bold, 28, INK);
            y -= 30;
            centred(words.get("completed"), regular, 13, null);
            y -= 30;
            shrinking(certificate.courseTitle(), bold, 20, INK);
            y -= 22;
            centred(words.get("pack", certificate.packId(), certificate.packVersion()), regular, 10, null);
            y -= 18;
            centred(words.get("date", words.date(certificate.date())), regular, 12, null);
            y -= 28;
            float footerTop = footer(certificate, code, words);
            scores(certificate.scores(), words, titles, footerTop + 14);
        }

        private void frame() throws IOException {
            content.setStrokingColor(INK[0], INK[1], INK[2]);
            content.setLineWidth(2.5f);
            content.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
            content.stroke();
            content.setLineWidth(0.7f);
            content.addRect(MARGIN / 2 + 6, MARGIN / 2 + 6, width - MARGIN - 12, height - MARGIN - 12);
            content.stroke();
        }

        /** One line per module, closer together and smaller when a long course would reach the footer. */
        private void scores(List<Score> scores, CertificateWords words, Map<String, String> titles, float floor)
                throws IOException {
            if (scores.isEmpty()) {
                return;
            }
            centred(words.get("scores"), bold, 11, null);
            float step = Math.clamp((y - floor) / scores.size(), 8f, 15f);
            float size = Math.min(10.5f, step * 0.72f);
            for (Score score : scores) {
                y -= step;
                String title = titles.getOrDefault(score.moduleId(), score.moduleId());
                // narrower than the page: the QR code in the corner may reach up to these lines
                centred(fit(words.get("score", title, words.percent(score.percent())), regular, size,
                        width - 2 * (MARGIN + 14 + QR_LARGEST) - 20), regular, size, null);
            }
        }

        /** Draws the office, the code and the QR code at the foot of the page; returns the top of the office block. */
        private float footer(Certificate certificate, String code, CertificateWords words) throws IOException {
            float left = MARGIN + 14;
            QrCode qr = new QrCode(code);
            float qrSize = Math.clamp(qr.modules() * QR_MODULE, QR_SMALLEST, QR_LARGEST);
            float qrX = width - MARGIN - 14 - qrSize;
            float qrY = MARGIN + 14;
            qr.draw(content, qrX, qrY, qrSize);
            // from the bottom up: the code's lines, its label, how to check it, then the office
            float textWidth = qrX - left - 20;
            List<String> codeLines = wrap(code, mono, 6.5f, textWidth);
            float codeTop = qrY + (codeLines.size() - 1) * 8 + 2;
            float labelY = codeTop + 11;
            List<String> howto = wrapWords(words.get("howto"), regular, 7.5f, textWidth);
            float howtoBottom = labelY + 15;
            float officeY = howtoBottom + (howto.size() - 1) * 9.5f + 26;
            show(words.get("issued"), regular, 10, left, officeY + 16, null);
            show(fit(certificate.office(), bold, 14, textWidth), bold, 14, left, officeY, INK);
            for (int i = 0; i < howto.size(); i++) {
                show(howto.get(i), regular, 7.5f, left, howtoBottom + (howto.size() - 1 - i) * 9.5f, null);
            }
            show(words.get("code"), bold, 7.5f, left, labelY, null);
            for (int i = 0; i < codeLines.size(); i++) {
                show(codeLines.get(i), mono, 6.5f, left, codeTop - i * 8, null);
            }
            // the QR code may stand higher, but beside the scores, which are kept narrower than the page
            return officeY + 26;
        }

        /**
         * A name or title is made smaller until it fits the line, never shortened: verification looks
         * for it whole on the page.
         */
        private void shrinking(String text, PDFont font, float size, float[] colour) throws IOException {
            float room = width - 2 * MARGIN - 20;
            float fitting = size;
            while (fitting > 6 && widthOf(text, font, fitting) > room) {
                fitting -= 1;
            }
            centred(text, font, fitting, colour);
        }

        private void centred(String text, PDFont font, float size, float[] colour) throws IOException {
            String shown = fit(text, font, size, width - 2 * MARGIN - 20);
            show(shown, font, size, (width - widthOf(shown, font, size)) / 2, y, colour);
        }

        private void show(String text, PDFont font, float size, float x, float baseline, float[] colour)
                throws IOException {
            float[] ink = colour == null ? new float[] { 0.15f, 0.15f, 0.15f } : colour;
            content.setNonStrokingColor(ink[0], ink[1], ink[2]);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(Printable.of(text, font));
            content.endText();
        }

        private String fit(String text, PDFont font, float size, float room) throws IOException {
            String shown = Printable.of(text, font);
            if (widthOf(shown, font, size) <= room) {
                return shown;
            }
            while (!shown.isEmpty() && widthOf(shown + "...", font, size) > room) {
                shown = shown.substring(0, shown.length() - 1);
            }
            return shown + "...";
        }

        private float widthOf(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(Printable.of(text, font)) / 1000 * size;
        }

        /** The code cut into lines anywhere: it has no spaces, and verification ignores line breaks. */
        private List<String> wrap(String text, PDFont font, float size, float room) throws IOException {
            List<String> lines = new ArrayList<>();
            int perLine = Math.max(1, (int) (room / widthOf("M", font, size)));
            for (int start = 0; start < text.length(); start += perLine) {
                lines.add(text.substring(start, Math.min(text.length(), start + perLine)));
            }
            return lines;
        }

        private List<String> wrapWords(String text, PDFont font, float size, float room) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && widthOf(tried, font, size) > room) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tried);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
