package org.sendero.content.internal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imported PDFs without bookmarks are cut at their headings (lines set larger than the body), and
 * a file that does not name its language gets the one its text is written in.
 */
class PdfHeadingsAndLanguageTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private static final String ENGLISH = "Officials at the airport checked the travel documents of every passenger"
            + " arriving on the morning flight. Two of the passports had been altered, and the people carrying them"
            + " were interviewed separately with the help of an interpreter. One of them explained that a recruiter"
            + " had kept her identity card and had promised her work in a hotel, which never existed.";
    private static final String SPANISH = "Las autoridades del aeropuerto revisaron los documentos de viaje de"
            + " todas las personas que llegaron en el vuelo de la mañana. Dos de los pasaportes habían sido"
            + " alterados, y las personas que los portaban fueron entrevistadas por separado con ayuda de una"
            + " intérprete. Una de ellas explicó que un reclutador le había quitado su documento de identidad y le"
            + " había prometido trabajo en un hotel que nunca existió.";
    private static final String FRENCH = "Les agents de l'aéroport ont vérifié les documents de voyage de toutes"
            + " les personnes arrivées par le vol du matin. Deux des passeports avaient été modifiés, et les personnes"
            + " qui les portaient ont été entendues séparément avec l'aide d'une interprète. L'une d'elles a expliqué"
            + " qu'un recruteur avait gardé sa carte d'identité et lui avait promis un travail dans un hôtel qui"
            + " n'a jamais existé.";

    @TempDir
    Path temp;

    /** A page: optional heading in 18-point bold, then body lines in 11 points. */
    private record Page(String heading, List<String> body) {
    }

    private Path pdf(String name, List<Page> pages) throws IOException {
        Path file = temp.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (Page content : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.newLineAtOffset(72, 720);
                    if (content.heading() != null) {
                        stream.setFont(BOLD, 18);
                        stream.showText(content.heading());
                        stream.newLineAtOffset(0, -28);
                    }
                    stream.setFont(REGULAR, 11);
                    for (String line : content.body()) {
                        stream.showText(line);
                        stream.newLineAtOffset(0, -15);
                    }
                    stream.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A long text as lines short enough for a page's width. */
    private static List<String> lines(String text) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() > 80) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(word).append(' ');
        }
        lines.add(line.toString().strip());
        return lines;
    }

    @Test
    void aPdfWithoutBookmarksIsCutAtItsHeadingsWithTheirPages() throws Exception {
        Path file = pdf("report.pdf", List.of(new Page("Document fraud at airports", lines(ENGLISH)),
                new Page(null, lines(ENGLISH)), new Page("Interviews and referral", lines(ENGLISH))));
        ImportedDocument document = PdfConverter.convert(file);
        String markdown = document.markdown();
        assertTrue(markdown.contains("## Document fraud at airports {#document-fraud-at-airports page=1}"), markdown);
        assertTrue(markdown.contains("## Interviews and referral {#interviews-and-referral page=3}"), markdown);
        assertTrue(!markdown.contains("## Page 2"), "page 2 belongs to the first heading's section");
        assertTrue(markdown.lastIndexOf("passports") > markdown.indexOf("## Interviews"),
                "the third page's text comes under its heading: " + markdown);
        assertEquals("en", document.lang());
    }

    @Test
    void aPdfWithOneSizeOfTextIsCutByPage() throws Exception {
        Path file = pdf("plain.pdf", List.of(new Page(null, lines(ENGLISH)), new Page(null, lines(ENGLISH))));
        String markdown = PdfConverter.convert(file).markdown();
        assertTrue(markdown.contains("## Page 1 {#page-1 page=1}") && markdown.contains("## Page 2 {#page-2 page=2}"),
                markdown);
    }

    @Test
    void aPdfThatDoesNotNameItsLanguageGetsTheOneItIsWrittenIn() throws Exception {
        assertEquals("es", PdfConverter.convert(pdf("informe.pdf", List.of(new Page("Fraude documental",
                lines(SPANISH + " " + SPANISH))))).lang());
        assertEquals("fr", PdfConverter.convert(pdf("rapport.pdf", List.of(new Page("Fraude documentaire",
                lines(FRENCH + " " + FRENCH))))).lang());
        assertEquals("en", PdfConverter.convert(pdf("report-en.pdf", List.of(new Page("Document fraud",
                lines(ENGLISH + " " + ENGLISH))))).lang());
    }

    @Test
    void aTextFileGetsItsLanguageAndATooShortOneStaysEnglish() throws Exception {
        Path nota = temp.resolve("nota.txt");
        Files.writeString(nota, SPANISH + "\n\n" + SPANISH);
        assertEquals("es", DocumentConverter.plainText(nota).lang());
        assertEquals(Optional.empty(), LanguageGuess.of("Trata de personas."));
        Path note = temp.resolve("note.md");
        Files.writeString(note, "# Note\n\n" + FRENCH);
        assertEquals("fr", DocumentConverter.markdown(note).lang());
        Path declared = temp.resolve("declared.md");
        Files.writeString(declared, "---\nlang: en\n---\n# Note\n\n" + FRENCH);
        assertEquals("en", DocumentConverter.markdown(declared).lang(), "a language the file names wins");
    }
}
