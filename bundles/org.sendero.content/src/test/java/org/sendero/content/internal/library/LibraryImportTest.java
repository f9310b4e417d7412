package org.sendero.content.internal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.internal.ContentService;
import org.sendero.content.testing.TestPacks;
import org.sendero.content.internal.store.PackStore;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Section;

class LibraryImportTest {

    @TempDir
    Path temp;

    private ContentService content() {
        return new ContentService(new PackStore(temp.resolve("data/packs")));
    }

    private Pack myLibrary(ContentService content) throws ContentException {
        return content.load(ContentLibrary.MY_LIBRARY).pack().orElseThrow();
    }

    @Test
    void markdownWithAndWithoutFrontMatterAndPlainTextGoIntoMyLibrary() throws IOException {
        Path withFront = Files.writeString(temp.resolve("Referral notes.md"), """
                ---
                title: Notas de referencia
                lang: es
                year: 2024
                author: keeps a key of its own
                ---
                # Notas

                ## Albergues {#albergues}

                Llamar antes de las 18:00.
                """);
        Path without = Files.writeString(temp.resolve("checklist.md"), "# Border checklist\n\n- passport\n- ticket\n");
        Path text = Files.writeString(temp.resolve("memo.txt"),
                "Memo from the office\n\nUse [brackets] and *stars* freely.\n");
        ContentService content = content();
        assertEquals("Installed my-library 1.0.0 (My library; not signed)",
                content.importDocuments(List.of(withFront, without, text)).describe());
        Pack library = myLibrary(content);
        GuidanceDoc notes = library.guidance("referral-notes", "es").orElseThrow();
        assertEquals("Notas de referencia", notes.title());
        assertEquals(OptionalInt.of(2024), notes.year());
        assertEquals(List.of("Referral notes.md"), notes.sources());
        assertEquals("albergues", notes.sections().get(1).anchor());
        assertEquals("Border checklist", library.guidance("checklist", "en").orElseThrow().title());
        GuidanceDoc memo = library.guidance("memo", "en").orElseThrow();
        assertEquals("Memo from the office", memo.title());
        assertTrue(memo.sections().get(0).text().contains("Use [brackets] and *stars* freely."),
                memo.sections().toString());
        assertEquals(List.of("en", "es"), library.info().languages());
    }

    @Test
    void eachImportAddsToTheLibraryWithANewVersion() throws IOException {
        ContentService content = content();
        content.importDocuments(List.of(Files.writeString(temp.resolve("one.md"), "# One\n")));
        assertEquals("Upgraded my-library from 1.0.0 to 1.0.1 (My library; not signed)",
                content.importDocuments(List.of(Files.writeString(temp.resolve("two.md"), "# Two\n"))).describe());
        assertEquals(2, myLibrary(content).guidance().size());
    }

    @Test
    void aPdfKeepsTitleYearAndThePageOfEachSection() throws IOException {
        Path pdf = temp.resolve("strategy.pdf");
        try (PDDocument document = new PDDocument()) {
            for (String text : List.of("Foreword to the regional strategy.", "Trafficking in persons in the region.",
                    "More on trafficking routes.", "Smuggling of migrants by sea.")) {
                PDPage page = new PDPage();
                document.addPage(page);
                write(document, page, text);
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Regional strategy");
            info.setCreationDate(new GregorianCalendar(2014, Calendar.MARCH, 1));
            document.setDocumentInformation(info);
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(bookmark("Trafficking", document.getPage(1)));
            outline.addLast(bookmark("Smuggling", document.getPage(3)));
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.save(pdf.toFile());
        }
        ContentService content = content();
        content.importDocuments(List.of(pdf));
        GuidanceDoc doc = myLibrary(content).guidance("strategy", "en").orElseThrow();
        assertEquals("Regional strategy", doc.title());
        assertEquals(OptionalInt.of(2014), doc.year());
        List<Section> sections = doc.sections().subList(1, doc.sections().size());
        assertEquals(List.of("Page 1", "Trafficking", "Smuggling"), sections.stream().map(Section::title).toList());
        assertEquals(List.of(OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(4)),
                sections.stream().map(Section::page).toList());
        assertTrue(sections.get(1).text().contains("Trafficking in persons in the region."), sections.get(1).text());
        assertTrue(sections.get(1).text().contains("More on trafficking routes."), sections.get(1).text());
    }

    @Test
    void aPdfWithoutBookmarksGetsOneSectionPerPage() throws IOException {
        Path pdf = temp.resolve("two-pages.pdf");
        try (PDDocument document = new PDDocument()) {
            for (String text : List.of("First page of the referral guide.", "Second page of the referral guide.")) {
                PDPage page = new PDPage();
                document.addPage(page);
                write(document, page, text);
            }
            document.save(pdf.toFile());
        }
        ContentService content = content();
        content.importDocuments(List.of(pdf));
        GuidanceDoc doc = myLibrary(content).guidance("two-pages", "en").orElseThrow();
        assertEquals(List.of("page-1", "page-2"), doc.sections().subList(1, 3).stream().map(Section::anchor).toList());
        assertEquals(OptionalInt.of(2), doc.sections().get(2).page());
    }

    @Test
    void anEncryptedPdfGetsAClearMessageNotAnEmptyDocument() throws IOException {
        Path pdf = temp.resolve("secret.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            write(document, page, "Confidential referral list.");
            document.protect(new StandardProtectionPolicy("owner-pass", "user-pass", new AccessPermission()));
            document.save(pdf.toFile());
        }
        ContentException refused = assertThrows(ContentException.class, () -> content().importDocuments(List.of(pdf)));
        assertEquals(pdf + ":1:1: error: the PDF is protected by a password; save an unprotected copy and import that",
                refused.getMessage());
        assertEquals(List.of(), content().installed());
    }

    @Test
    void anImageOnlyPdfGetsAClearMessage() throws IOException {
        Path pdf = temp.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream drawing = new PDPageContentStream(document, page)) {
                drawing.addRect(100, 100, 300, 400);
                drawing.fill();
            }
            document.save(pdf.toFile());
        }
        ContentException refused = assertThrows(ContentException.class, () -> content().importDocuments(List.of(pdf)));
        assertEquals(pdf + ":1:1: error: the PDF has no text layer (it seems to hold scanned images only); run text"
                + " recognition (OCR) on it and import it again", refused.getMessage());
    }

    @Test
    void aFolderWithoutPackYamlImportsEachDocumentAndAPackFolderInstallsThePack() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(folder.resolve("a.md"), "# A\n");
        Files.writeString(folder.resolve("b.txt"), "B\n");
        Files.writeString(folder.resolve("ignored.docx"), "not a document Sendero reads");
        ContentService content = content();
        assertTrue(content.importFrom(folder).startsWith("Installed my-library 1.0.0"));
        assertEquals(2, myLibrary(content).guidance().size());
        assertTrue(content.importFrom(TestPacks.VALID).startsWith("Installed test-pack 1.0.0"));
    }

    @Test
    void anUnreadableDocumentStopsTheWholeImport() throws IOException {
        Path good = Files.writeString(temp.resolve("good.md"), "# Good\n");
        Path latin1 = Files.write(temp.resolve("latin1.txt"), new byte[] { 'c', 'a', 'f', (byte) 0xE9 });
        ContentException refused = assertThrows(ContentException.class,
                () -> content().importDocuments(List.of(good, latin1)));
        assertEquals(latin1 + ":1:1: error: not UTF-8 text; save it as UTF-8 and import it again",
                refused.getMessage());
        assertEquals(List.of(), content().installed());
    }

    @Test
    void aProblemInANoteNamesTheUsersFileAndLineNotTheStagedCopy() throws IOException {
        ContentService content = content();
        content.importDocuments(List.of(Files.writeString(temp.resolve("first.md"), "# First\n")));
        Map<String, String> before = TestPacks.snapshot(temp.resolve("data"));
        Path note = Files.writeString(temp.resolve("note.md"), """
                ---
                tags: [travel]
                ---
                # Route

                See [the checklist](guidance:no-such-doc).
                """);
        ContentException refused = assertThrows(ContentException.class, () -> content.importDocuments(List.of(note)));
        assertEquals(note + ":6:21: error: broken link: no guidance with id 'no-such-doc'", refused.getMessage());
        assertEquals(before, TestPacks.snapshot(temp.resolve("data")), "the library stays as it was");
    }

    @Test
    void aNoteNestedTooDeepIsRefusedAtItsLineWithoutOverflowingTheStack() throws IOException {
        ContentService content = content();
        Path quotes = Files.writeString(temp.resolve("quotes.md"), "# Quotes\n\n" + "> ".repeat(1000) + "deep\n");
        ContentException refused = assertThrows(ContentException.class, () -> content.importDocuments(List.of(quotes)));
        assertEquals(quotes + ":3:65: error: block quotes and lists nested deeper than 32 levels",
                refused.getMessage());
        Path stars = Files.writeString(temp.resolve("stars.md"),
                "---\nlang: en\n---\n# Stars\n\n" + "*".repeat(2000) + "\n");
        refused = assertThrows(ContentException.class, () -> content.importDocuments(List.of(stars)));
        assertEquals(stars + ":6:1: error: a run of more than 256 '*' characters", refused.getMessage());
        assertEquals(List.of(), content.installed());
    }

    @Test
    void aHeadingWithCharactersYamlReservesBecomesTheTitleAsWritten() throws IOException {
        String heading = "Route: \"north\" & [east] {a} #1 *b* !c |d >e %f @g `h` 'i' \\j";
        Path note = Files.writeString(temp.resolve("route.md"), "# " + heading + "\n\nText.\n");
        Path control = Files.writeString(temp.resolve("control.md"), "# Tab\u0085and\u0080C1\u2028line\n\nText.\n");
        ContentService content = content();
        content.importDocuments(List.of(note, control));
        assertEquals(heading, myLibrary(content).guidance("route", "en").orElseThrow().title());
        assertEquals("Tab and C1 line", myLibrary(content).guidance("control", "en").orElseThrow().title());
    }

    @Test
    void aFrontMatterNestedTooDeepIsIgnoredLikeABrokenOne() throws IOException {
        Path note = Files.writeString(temp.resolve("deep.md"),
                "---\ntitle: " + "[".repeat(200_000) + "\n---\n# Deep note\n");
        ContentService content = content();
        content.importDocuments(List.of(note));
        assertEquals("Deep note", myLibrary(content).guidance("deep", "en").orElseThrow().title());
    }

    @Test
    void renderingRefusesMarkdownNestedTooDeepAtItsLine() throws IOException {
        Path note = Files.writeString(temp.resolve("render.md"), "---\nid: r\n---\n# R\n\n" + "- ".repeat(500) + "x\n");
        ContentException refused = assertThrows(ContentException.class, () -> LibraryImport.readText(note));
        assertEquals(note + ":6:65: error: block quotes and lists nested deeper than 32 levels", refused.getMessage());
    }

    private static void write(PDDocument document, PDPage page, String text) throws IOException {
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            stream.beginText();
            stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            stream.newLineAtOffset(72, 700);
            stream.showText(text);
            stream.endText();
        }
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        item.setDestination(destination);
        return item;
    }
}
