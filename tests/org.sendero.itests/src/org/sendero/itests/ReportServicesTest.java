package org.sendero.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.reports.ReportBuilder;
import org.sendero.reports.ReportData;
import org.sendero.reports.ReportWriter;

/**
 * The reports bundle inside OSGi: its services are wired by DS (the builder to the content
 * library), the command line finds {@code sendero report}, and pdfbox writes from its wrapped bundle.
 */
class ReportServicesTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) throws InterruptedException {
        return ServicesTest.command(out, err, arguments);
    }

    @Test
    void theReportCommandReadsResultFilesAndWritesThePdf() throws Exception {
        Path file = Files.writeString(temp.resolve("results.json"), """
                [{"id": "s1", "actor": {"name": "Ana", "account": {"homePage": "https://x.example.org/", "name": "a"}},
                  "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                  "object": {"id": "https://x.example.org/xapi/activities/pack/p/course/c/module/m/quiz/q/item/i1"},
                  "result": {"success": false, "score": {"scaled": 0}}}]
                """);
        assertEquals(0, run("report", file.toString(), "--json", "--pdf", temp.resolve("r.pdf").toString()));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"item\": \"i1\""), json);
        assertTrue(json.contains("\"difficulty\": 0,"), json);
        assertTrue(json.contains("\"state\": \"in_progress\""), json);
        assertTrue(Files.size(temp.resolve("r.pdf")) > 1000);

        assertEquals(0, run("help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("  report "), out.toString(StandardCharsets.UTF_8));
        assertEquals(1, run("report", temp.resolve("none.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("sendero report: " + temp.resolve("none.json")),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theServicesAreThereForTheWorkbench() throws Exception {
        ReportData report = ServicesTest.service(ReportBuilder.class).build(List.of(), "en");
        assertEquals(0, report.statements());
        Path html = temp.resolve("empty.html");
        ServicesTest.service(ReportWriter.class).writeHtml(report, html, Locale.forLanguageTag("es"));
        assertTrue(Files.readString(html).contains("Informe de formaci\u00f3n"), "the words travel inside the bundle");
    }
}
