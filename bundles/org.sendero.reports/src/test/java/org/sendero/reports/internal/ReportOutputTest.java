package org.sendero.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.reports.testing.OfficeResults.NORTH;
import static org.sendero.reports.testing.OfficeResults.SOUTH;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.reports.ReportData;
import org.sendero.reports.internal.output.ReportWriterService;
import org.sendero.reports.internal.stats.ReportAssembler;
import org.sendero.reports.testing.OfficeResults;

/** The CSV tables, the printable HTML and the PDF of a report of two offices. */
class ReportOutputTest {

    @TempDir
    Path temp;

    private ReportData report;
    private final ReportWriterService writer = new ReportWriterService();

    @BeforeEach
    void build() throws Exception {
        Path north = OfficeResults.write(temp.resolve("north.json"), OfficeResults.statements(NORTH,
                OfficeResults.takers("ABCDE")));
        Path south = OfficeResults.write(temp.resolve("south.json"), OfficeResults.statements(SOUTH,
                OfficeResults.takers("FGHIJ")));
        Path broken = Files.writeString(temp.resolve("broken.json"), "[{\"id\": \"a\"");
        report = new ReportAssembler().build(List.of(north, south, broken), List.of(OfficeResults.pack()), "en");
    }

    @Test
    void everyTableIsACsvFileWithMachineHeadersAndRawValues() throws Exception {
        Path folder = temp.resolve("csv");
        List<Path> files = writer.writeCsv(report, folder);
        assertEquals(List.of("completion.csv", "questions.csv", "most_missed.csv", "files.csv"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        List<String> completion = lines(folder.resolve("completion.csv"));
        assertEquals("\ufefflearner,learner_id,office-pack/c1/m1,office-pack/c1/m2", completion.get(0));
        assertEquals("A,id-A,completed,not_started", completion.get(1));
        assertEquals("F,id-F,in_progress,not_started", completion.get(6));
        assertEquals(11, completion.size(), "a header and ten learners");

        List<String> questions = lines(folder.resolve("questions.csv"));
        assertEquals(
                "\ufeffactivity_id,pack,course,module,quiz,item,title,answers,correct,difficulty,discrimination,ref,ref_title",
                questions.get(0));
        assertEquals(NORTH + OfficeResults.ITEM_PREFIX + "q1,office-pack,c1,m1,m1-quiz,q1,"
                + "Where do you interview a person who may be a victim?,10,5,0.5,0.8333333333333334,"
                + "guidance:interviews#private-room,Interview guide \u203a A private room", questions.get(1));
        assertTrue(questions.get(3).contains(",3,1,0.3333333333333333,,,"),
                "no discrimination, no ref: " + questions.get(3));

        List<String> missed = lines(folder.resolve("most_missed.csv"));
        assertTrue(missed.get(1).startsWith("1," + NORTH + OfficeResults.ITEM_PREFIX + "q3,"), missed.get(1));
        List<String> problems = lines(folder.resolve("files.csv"));
        assertTrue(problems.get(3).startsWith(temp.resolve("broken.json") + ",1,"), problems.get(3));
    }

    private static List<String> lines(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        return List.of(text.split("\r\n"));
    }

    @Test
    void theHtmlReportStandsAloneAndPrints() throws Exception {
        Path file = temp.resolve("out/report.html");
        writer.writeHtml(report, file, Locale.ENGLISH);
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<link") || html.contains("<script") || html.contains("src=\""), "nothing to fetch");
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("<h1>Training report</h1>"));
        assertTrue(html.contains("<td class=\"completed\">Completed</td><td class=\"not_started\">Not started</td>"));
        assertTrue(
                html.contains("<td>Where do you interview a person who may be a victim?</td><td class=\"num\">10</td>"
                        + "<td class=\"num\">5</td><td class=\"num\">0.50</td><td class=\"num\">0.83</td>"),
                html);
        assertTrue(html.contains("Interview guide \u203a A private room"));
        // the module bar: 5 of 10 learners completed m1 -> half of the 360-pixel track
        assertTrue(html.contains("width=\"180\" height=\"14\"/><text x=\"686\" y=\"16\">5/10</text>"), html);
        assertTrue(html.contains("broken.json:1:"), "the file left out is named");
        Files.list(file.getParent()).forEach(f -> assertFalse(f.getFileName().toString().endsWith(".part")));

        writer.writeHtml(report, file, Locale.forLanguageTag("es"));
        String spanish = Files.readString(file);
        assertTrue(spanish.contains("<h1>Informe de formaci\u00f3n</h1>"));
        assertTrue(spanish.contains("<td class=\"num\">0,50</td>"), "decimals as Spanish writes them");
    }

    @Test
    void thePdfReadsBackWithTitleQuestionsAndFigures() throws Exception {
        Path file = temp.resolve("report.pdf");
        writer.writePdf(report, file, Locale.FRENCH);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Rapport de formation"), text);
            assertTrue(text.contains("Name the protocol against smuggling of migrants."), text);
            assertTrue(text.contains("Interview guide"), text);
            assertTrue(text.contains("0,83"), "q1's discrimination in French: " + text);
            assertTrue(text.contains("Achev\u00e9"), text);
            assertEquals("Rapport de formation", pdf.getDocumentInformation().getTitle());
        }
    }
}
