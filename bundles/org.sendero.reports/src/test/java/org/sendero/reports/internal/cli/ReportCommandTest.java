package org.sendero.reports.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendero.reports.testing.OfficeResults.NORTH;
import static org.sendero.reports.testing.OfficeResults.SOUTH;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.core.AtomicFiles;
import org.sendero.reports.ReportBuilder;
import org.sendero.reports.ReportData;
import org.sendero.reports.ReportWriter;
import org.sendero.reports.internal.output.ReportWriterService;
import org.sendero.reports.internal.stats.ReportAssembler;
import org.sendero.reports.testing.OfficeResults;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** sendero report: its JSON, its files and its exit codes. */
class ReportCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path north;
    private Path south;

    @BeforeEach
    void writeFiles() throws Exception {
        north = OfficeResults.write(temp.resolve("north.json"),
                OfficeResults.statements(NORTH, OfficeResults.takers("ABCDE")));
        south = OfficeResults.write(temp.resolve("south.json"),
                OfficeResults.statements(SOUTH, OfficeResults.takers("FGHIJ")));
    }

    private int run(String... arguments) {
        return run(new ReportWriterService(), arguments);
    }

    private int run(ReportWriter writer, String... arguments) {
        return run((files, language) -> new ReportAssembler().build(files, List.of(OfficeResults.pack()), language),
                writer, arguments);
    }

    private int run(ReportBuilder builder, ReportWriter writer, String... arguments) {
        out.reset();
        err.reset();
        ReportCommand command = new ReportCommand(builder, writer, null);
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theJsonGivesEveryQuestionsFiguresAndEveryLearnersModules() {
        assertEquals(0, run(north.toString(), south.toString(), north.toString(), "--json"));
        String text = out.toString(StandardCharsets.UTF_8);
        Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
        assertEquals(List.of("files", "problems", "statements", "duplicates", "modules", "learners", "questions",
                "most_missed"), List.copyOf(json.keySet()));
        assertEquals(38, json.get("statements"));
        assertEquals(23, json.get("duplicates"), "north.json read twice: its 23 statements once");
        List<Map<String, Object>> questions = (List<Map<String, Object>>) json.get("questions");
        Map<String, Object> q1 = questions.get(0);
        assertEquals(List.of("activity_id", "pack", "course", "module", "quiz", "item", "title", "answers", "correct",
                "difficulty", "discrimination", "ref", "ref_title"), List.copyOf(q1.keySet()));
        assertEquals(NORTH + OfficeResults.ITEM_PREFIX + "q1", q1.get("activity_id"));
        assertEquals(10, q1.get("answers"));
        assertEquals(0.5, q1.get("difficulty"));
        assertEquals(0.8333, q1.get("discrimination"));
        assertEquals(-0.1667, questions.get(1).get("discrimination"));
        assertEquals(null, questions.get(2).get("discrimination"));
        assertTrue(text.contains("\"discrimination\": null"), "the key stays, with null");
        List<Map<String, Object>> learners = (List<Map<String, Object>>) json.get("learners");
        assertEquals(10, learners.size());
        assertEquals(List.of("learner", "learner_id", "home_page", "modules"), List.copyOf(learners.get(0).keySet()));
        assertEquals(Map.of("pack", "office-pack", "course", "c1", "module", "m1", "state", "completed"),
                ((List<Map<String, Object>>) learners.get(0).get("modules")).get(0));
        assertEquals("in_progress", ((List<Map<String, Object>>) learners.get(5).get("modules")).get(0).get("state"));
        Map<String, Object> m1 = ((List<Map<String, Object>>) json.get("modules")).get(0);
        assertEquals(5, m1.get("completed"));
        assertEquals(5, m1.get("in_progress"));
        assertEquals(0, m1.get("not_started"));
        assertEquals(List.of(NORTH + OfficeResults.ITEM_PREFIX + "q3", NORTH + OfficeResults.ITEM_PREFIX + "q1",
                NORTH + OfficeResults.ITEM_PREFIX + "q2"), json.get("most_missed"));
    }

    @Test
    void aBadFileIsNamedOnStderrTheRestIsReportedAndTheExitCodeSaysSo() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.json"), "[\n  {\"id\": \"a\",\n  \"verb\": [1, 2}\n]\n");
        assertEquals(1, run(north.toString(), broken.toString(), "--csv", temp.resolve("tables").toString(),
                "--html", temp.resolve("r.html").toString(), "--pdf", temp.resolve("r.pdf").toString()));
        String problem = err.toString(StandardCharsets.UTF_8);
        assertTrue(problem.startsWith("sendero report: " + broken + ":3:"), problem);
        assertEquals(1, problem.lines().count());
        assertTrue(Files.isRegularFile(temp.resolve("tables/questions.csv")));
        assertTrue(Files.isRegularFile(temp.resolve("r.html")));
        assertTrue(Files.size(temp.resolve("r.pdf")) > 1000);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Wrote " + temp.resolve("r.pdf")));
    }

    @Test
    void withoutOptionsASummaryIsPrintedAndMistakesAreUsageErrors() {
        assertEquals(0, run(north.toString(), south.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("2 files, 38 statements (0 met again and left out), 10 learners\n"), text);
        assertTrue(text.contains("  office-pack/c1/m1: 5 of 10 completed\n"), text);
        assertTrue(text.contains("  2 of 3 wrong: Name the protocol against smuggling of migrants.\n"), text);
        assertEquals(2, run());
        assertEquals(2, run(north.toString(), "--json", "--csv", "x"));
        assertEquals(2, run(north.toString(), "--xml"));
        assertEquals("sendero report: unknown option --xml\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndExitOne() throws Exception {
        Path inTheWay = Files.writeString(temp.resolve("in-the-way"), "a file, not a folder");
        Path html = inTheWay.resolve("r.html");
        assertEquals(1, run(north.toString(), south.toString(), "--html", html.toString()));
        assertEquals("sendero report: cannot write " + html + ": " + inTheWay + " is a file, not a folder\n",
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty(), "nothing claimed as written");

        assertEquals(1, run(north.toString(), "--csv", inTheWay.resolve("tables").toString()));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPdfThatFailsMidwayLeavesNoFileAndTheOtherOutputsAreStillWritten() throws Exception {
        // as on a product that lacks a library pdfbox needs at run time: an Error, not an IOException
        ReportWriterService real = new ReportWriterService();
        ReportWriter failingPdf = new ReportWriter() {
            @Override
            public List<Path> writeCsv(ReportData report, Path folder) throws java.io.IOException {
                return real.writeCsv(report, folder);
            }

            @Override
            public void writeHtml(ReportData report, Path file, Locale locale) throws java.io.IOException {
                real.writeHtml(report, file, locale);
            }

            @Override
            public void writePdf(ReportData report, Path file, Locale locale) throws java.io.IOException {
                AtomicFiles.write(file, stream -> {
                    stream.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
                    throw new NoClassDefFoundError("org/apache/commons/logging/LogFactory");
                });
            }
        };
        Path folder = Files.createDirectories(temp.resolve("out"));
        Path pdf = folder.resolve("r.pdf");
        Path html = folder.resolve("r.html");
        assertEquals(1, run(failingPdf, north.toString(), "--html", html.toString(), "--pdf", pdf.toString()));
        assertEquals("sendero report: cannot write " + pdf
                + ": NoClassDefFoundError: org/apache/commons/logging/LogFactory\n",
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(html));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(html), left.toList(), "no PDF, whole or in part, and no temporary file");
        }
        assertEquals("Wrote " + html + "\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aReportThatCannotBeMadeIsOneLineAndExitOne() {
        ReportBuilder failing = (files, language) -> {
            throw new IllegalStateException("no figures");
        };
        assertEquals(1, run(failing, new ReportWriterService(), north.toString(), "--json"));
        assertEquals("sendero report: cannot make the report: IllegalStateException: no figures\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
