package org.sendero.content.internal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentException;

/** PDFs made here with PDFBox: real ones import, and hostile or unusable ones fail with one line, quickly. */
class PdfConverterTest {

    @TempDir
    Path temp;

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private static PdfLimits limits(int pages, long textChars, long decodedBytes, long operators, Duration time) {
        return new PdfLimits(pages, textChars, decodedBytes, operators, PdfLimits.DEFAULT.maxMemoryBytes(), time);
    }

    private static String message(ContentException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.getMessage();
    }

    private Path textPdf(String name, List<String> pageTexts, boolean bookmarks) throws IOException {
        Path pdf = temp.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (String text : pageTexts) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.setFont(HELVETICA, 12);
                    stream.newLineAtOffset(72, 700);
                    stream.showText(text);
                    stream.endText();
                }
            }
            if (bookmarks) {
                PDDocumentOutline outline = new PDDocumentOutline();
                outline.addLast(bookmark("Screening", document.getPage(1)));
                document.getDocumentCatalog().setDocumentOutline(outline);
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        item.setDestination(destination);
        return item;
    }

    @Test
    void aTextPdfWithBookmarksImportsWithTheirSectionsAndPages() throws Exception {
        Path pdf = textPdf("guide.pdf", List.of("Introduction to the guide.", "Screening at the border.",
                "Referral of victims."), true);
        ImportedDocument document = PdfConverter.convert(pdf);
        assertEquals("guide", document.id());
        assertTrue(document.markdown().contains("## Page 1 {#page-1 page=1}"), document.markdown());
        assertTrue(document.markdown().contains("## Screening {#screening page=2}"), document.markdown());
        int screening = document.markdown().indexOf("## Screening");
        assertTrue(document.markdown().indexOf("Referral of victims") > screening,
                "page 3 belongs to the bookmark's part");
    }

    @Test
    void aScannedPdfWithImagesButNoTextFailsWithOneClearLine() throws Exception {
        Path pdf = temp.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                PDResources resources = new PDResources();
                COSDictionary images = new COSDictionary();
                images.setItem(COSName.getPDFName("Scan"), scannedImage(document, i));
                resources.getCOSObject().setItem(COSName.XOBJECT, images);
                page.setResources(resources);
                page.setContents(new PDStream(document, new ByteArrayInputStream(
                        "q 400 0 0 200 50 400 cm /Scan Do Q\n".getBytes(StandardCharsets.US_ASCII))));
            }
            document.save(pdf.toFile());
        }
        ContentException refused = assertThrows(ContentException.class, () -> PdfConverter.convert(pdf));
        assertEquals(pdf + ":1:1: error: the PDF has no text layer (it seems to hold scanned images only); run text"
                + " recognition (OCR) on it and import it again", message(refused));
    }

    @Test
    void aPdfThatNeedsAPasswordToOpenFailsWithOneClearLine() throws Exception {
        Path pdf = temp.resolve("protected.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            document.save(pdf.toFile());
        }
        ContentException refused = assertThrows(ContentException.class, () -> PdfConverter.convert(pdf));
        assertTrue(message(refused).startsWith(pdf + ":1:1: error: the PDF is protected by a password"),
                refused.getMessage());
    }

    @Test
    void moreThanTheMostPagesIsRefusedBeforeAnyTextIsRead() throws Exception {
        Path pdf = textPdf("long.pdf", List.of("Page one of the long guide.", "Page two of the long guide.",
                "Page three of the long guide.", "Page four of the long guide."), false);
        ContentException refused = assertThrows(ContentException.class,
                () -> PdfConverter.convert(pdf, limits(3, 1_000_000, 1 << 20, 1_000_000, Duration.ofMinutes(1))));
        assertEquals(
                pdf + ":1:1: error: the PDF has more than 3 pages, more than Sendero imports from one file; split it"
                        + " into smaller files",
                message(refused));
        PdfConverter.convert(pdf, limits(4, 1_000_000, 1 << 20, 1_000_000, Duration.ofMinutes(1)));
    }

    @Test
    void moreTextThanTheMostIsRefused() throws Exception {
        Path pdf = textPdf("wordy.pdf", List.of("A page with rather a lot of words on it.", "And another one."), false);
        ContentException refused = assertThrows(ContentException.class,
                () -> PdfConverter.convert(pdf, limits(10, 30, 1 << 20, 1_000_000, Duration.ofMinutes(1))));
        assertEquals(pdf + ":1:1: error: the PDF holds more than 30 characters of text; split it into smaller files",
                message(refused));
    }

    @Test
    void aContentStreamThatInflatesBeyondTheMostIsRefusedBeforeItIsDecodedWhole() throws Exception {
        Path pdf = temp.resolve("inflating.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            byte[] blanks = " ".repeat(8 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            page.setContents(new PDStream(document, new ByteArrayInputStream(blanks), COSName.FLATE_DECODE));
            document.save(pdf.toFile());
        }
        assertTrue(java.nio.file.Files.size(pdf) < 64 * 1024, "small on disk: " + java.nio.file.Files.size(pdf));
        ContentException refused = assertThrows(ContentException.class,
                () -> PdfConverter.convert(pdf, limits(10, 1_000_000, 1024 * 1024, 1_000_000, Duration.ofMinutes(1))));
        assertEquals(
                pdf + ":1:1: error: the PDF's pages expand to more than 1 MB of drawing instructions; it is damaged"
                        + " or built to stall the import",
                message(refused));
    }

    /** Drawings that each draw the one below ten times: a small file that asks for a hundred million drawings. */
    @Test
    void nestedDrawingsThatMultiplyTheWorkFailInBoundedTime() throws Exception {
        Path pdf = temp.resolve("nested.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFormXObject form = form(document, null, null);
            for (int level = 1; level <= 8; level++) {
                form = form(document, form, "X" + level);
            }
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Top"), form);
            page.setResources(resources);
            page.setContents(
                    new PDStream(document, new ByteArrayInputStream("/Top Do\n".getBytes(StandardCharsets.US_ASCII))));
            document.save(pdf.toFile());
        }
        PdfLimits fewOperators = limits(10, 1_000_000, 256L * 1024 * 1024, 200_000, Duration.ofMinutes(1));
        ContentException refused = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(ContentException.class, () -> PdfConverter.convert(pdf, fewOperators)));
        assertEquals(pdf + ":1:1: error: the PDF draws more than 200000 instructions; it is damaged or built to stall"
                + " the import", message(refused));

        PdfLimits littleTime = limits(10, 1_000_000, 256L * 1024 * 1024, Long.MAX_VALUE, Duration.ofSeconds(1));
        ContentException late = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(ContentException.class, () -> PdfConverter.convert(pdf, littleTime)));
        assertEquals(pdf + ":1:1: error: reading the PDF took longer than 1 second; it is damaged or built to stall the"
                + " import", message(late));
    }

    /** A grey image XObject with a drawn letter on it, as a scanner makes (written with PDFBox's COS objects). */
    private static COSStream scannedImage(PDDocument document, int seed) throws IOException {
        BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
        scan.getGraphics().drawString("Scanned letter " + seed, 10, 50);
        byte[] pixels = ((java.awt.image.DataBufferByte) scan.getRaster().getDataBuffer()).getData();
        COSStream image = document.getDocument().createCOSStream();
        image.setItem(COSName.TYPE, COSName.XOBJECT);
        image.setItem(COSName.SUBTYPE, COSName.IMAGE);
        image.setInt(COSName.WIDTH, scan.getWidth());
        image.setInt(COSName.HEIGHT, scan.getHeight());
        image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
        image.setInt(COSName.BITS_PER_COMPONENT, 8);
        try (OutputStream out = image.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(pixels);
        }
        return image;
    }

    /** A form that shows a word, or draws {@code child} ten times. */
    private static PDFormXObject form(PDDocument document, PDFormXObject child, String name) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(612, 792));
        PDResources resources = new PDResources();
        StringBuilder content = new StringBuilder();
        if (child == null) {
            COSName font = resources.add(HELVETICA);
            content.append("BT /").append(font.getName()).append(" 12 Tf 72 700 Td (word) Tj ET\n");
        } else {
            resources.put(COSName.getPDFName(name), child);
            content.append(("/" + name + " Do\n").repeat(10));
        }
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }
}
