package org.sendero.reports.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendero.cli.CommandParser;

/** How sendero report reads its command line; nothing here builds a report. */
class ReportCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ReportCommand command = new ReportCommand(null, null, null);

    private ReportCommand.Line parse(String... arguments) {
        return (ReportCommand.Line) new CommandParser(command, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).parse(new ReportCommand.Line(), List.of(arguments))
                .command();
    }

    private int run(String... arguments) {
        out.reset();
        err.reset();
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void filesAndOptionsInAnyOrder() {
        ReportCommand.Line line = parse("a.json", "--html=r.html", "b.json", "--pdf", "r.pdf", "--lang=es", "--json");
        assertEquals(List.of("a.json", "b.json"), line.files);
        assertEquals("r.html", line.html);
        assertEquals("r.pdf", line.pdf);
        assertEquals("es", line.lang);
        assertTrue(line.json);
        assertNull(line.csv);
        ReportCommand.Line plain = parse("--", "-odd.json");
        assertEquals(List.of("-odd.json"), plain.files);
        assertEquals("en", plain.lang);
        assertFalse(plain.json);
        assertEquals("tables", parse("a.json", "--csv=tables").csv);
    }

    @Test
    void mistakesAreOneLineAndExitTwo() {
        assertEquals(2, run());
        assertEquals("sendero report: name the result files, or --lrs to read the results server\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("a.json", "--lrs"));
        assertEquals("sendero report: --lrs reads the results server: name no files with it\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("a.json", "--json", "--csv", "x"));
        assertEquals("sendero report: --json and --csv go one at a time\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("a.json", "--csv"));
        assertEquals("sendero report: --csv needs a value\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("a.json", "--xml=x"));
        assertEquals("sendero report: unknown option --xml\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpIsTheUsageOnStdout() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("Usage: sendero report "), help);
        assertTrue(help.contains("--csv=DIR"), help);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
