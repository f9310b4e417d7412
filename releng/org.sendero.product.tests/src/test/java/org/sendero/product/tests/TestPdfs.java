package org.sendero.product.tests;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** The kinds of PDF an adviser brings: text, text with bookmarks, a scan, a protected file. */
final class TestPdfs {

    /** One page of a PDF: a heading and its lines. */
    record Page(String heading, List<String> lines) {
    }

    private TestPdfs() {
    }

    static Path text(Path file, String title, List<Page> pages) throws IOException {
        try (PDDocument pdf = withPages(title, pages)) {
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A text PDF with a top-level bookmark at each page, named by its heading. */
    static Path withBookmarks(Path file, String title, List<Page> pages) throws IOException {
        try (PDDocument pdf = withPages(title, pages)) {
            PDDocumentOutline outline = new PDDocumentOutline();
            for (int i = 0; i < pages.size(); i++) {
                PDPageFitDestination destination = new PDPageFitDestination();
                destination.setPage(pdf.getPage(i));
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(pages.get(i).heading());
                item.setDestination(destination);
                outline.addLast(item);
            }
            pdf.getDocumentCatalog().setDocumentOutline(outline);
            pdf.save(file.toFile());
        }
        return file;
    }

    /** Pages that are only pictures of text, as a scanner without text recognition makes them. */
    static Path scanned(Path file, List<Page> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (Page page : pages) {
                BufferedImage image = new BufferedImage(850, 1100, BufferedImage.TYPE_INT_RGB);
                Graphics2D graphics = image.createGraphics();
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
                graphics.setColor(Color.BLACK);
                graphics.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
                int y = 100;
                graphics.drawString(page.heading(), 60, y);
                for (String line : page.lines()) {
                    y += 40;
                    graphics.drawString(line, 60, y);
                }
                graphics.dispose();
                PDPage pdfPage = new PDPage(PDRectangle.LETTER);
                pdf.addPage(pdfPage);
                PDImageXObject picture = LosslessFactory.createFromImage(pdf, image);
                try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
                    content.drawImage(picture, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A text PDF that opens only with a password. */
    static Path passwordProtected(Path file, String title, List<Page> pages) throws IOException {
        try (PDDocument pdf = withPages(title, pages)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        return file;
    }

    static String textOf(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    static int pageCount(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages();
        }
    }

    private static PDDocument withPages(String title, List<Page> pages) throws IOException {
        PDDocument pdf = new PDDocument();
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(title);
        pdf.setDocumentInformation(information);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (Page page : pages) {
            PDPage pdfPage = new PDPage(PDRectangle.LETTER);
            pdf.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
                content.beginText();
                content.setFont(bold, 16);
                content.newLineAtOffset(72, 720);
                content.showText(page.heading());
                content.setFont(regular, 11);
                for (String line : page.lines()) {
                    content.newLineAtOffset(0, -18);
                    content.showText(line);
                }
                content.endText();
            }
        }
        return pdf;
    }
}
