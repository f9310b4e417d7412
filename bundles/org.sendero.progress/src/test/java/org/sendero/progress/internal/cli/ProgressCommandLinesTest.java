package org.sendero.progress.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;

/** How progress, quiz and learners read their command lines; nothing here reaches a service. */
class ProgressCommandLinesTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ProgressCommand progress = new ProgressCommand(null, null, null, null, null);
    private final QuizCommand quiz = new QuizCommand(null, null, null, null);
    private final LearnersCommand learners = new LearnersCommand(null);

    private Object parse(CliCommand command, Object line, String... arguments) {
        return new CommandParser(command, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).parse(line, List.of(arguments)).command();
    }

    private int run(CliCommand command, String... arguments) {
        out.reset();
        err.reset();
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void assertHelp(String usage, CliCommand command, String... arguments) {
        assertEquals(0, run(command, arguments));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: " + usage + " "), out.toString());
        assertEquals("", err());
    }

    @Test
    void progressAndItsExport() {
        ProgressCommand.Line shown = (ProgressCommand.Line) parse(progress, new ProgressCommand.Line(),
                "--learner=Ana", "--json");
        assertEquals("Ana", shown.learner);
        assertTrue(shown.json);
        ProgressCommand.ExportLine export = (ProgressCommand.ExportLine) parse(progress, new ProgressCommand.Line(),
                "export", "--format=csv-answers", "-o", "out.csv", "--learner", "-Ana",
                "--home-page=https://example.org");
        assertEquals("csv-answers", export.format);
        assertEquals("out.csv", export.output);
        assertEquals("-Ana", export.learner, "a value may start with -");
        assertEquals("https://example.org", export.homePage);
        ProgressCommand.ExportLine before = (ProgressCommand.ExportLine) parse(progress, new ProgressCommand.Line(),
                "--learner", "Ben", "export", "--format", "xapi");
        assertEquals("Ben", before.parent.learner, "the learner may also come before export");
        assertNull(before.learner);

        assertEquals(2, run(progress, "export", "--format", "pdf"));
        assertEquals("sendero progress export: --format must be xapi, csv, csv-answers or notes\n", err());
        assertEquals(2, run(progress, "export"));
        assertEquals("sendero progress: missing --format xapi|csv|csv-answers|notes\n", err());
        assertEquals(2, run(progress, "export", "--format", "csv", "-o"));
        assertEquals("sendero progress: -o needs a value\n", err());
        assertEquals(2, run(progress, "--format", "csv"));
        assertEquals("sendero progress: unknown option --format\n", err());
        assertEquals(2, run(progress, "exprot"));
        assertEquals("sendero progress: unknown subcommand 'exprot'; one of: export, import-notes\n", err());
        assertHelp("sendero progress", progress, "--help");
        assertHelp("sendero progress export", progress, "export", "-h");
    }

    @Test
    void quiz() {
        QuizCommand.Line line = (QuizCommand.Line) parse(quiz, new QuizCommand.Line(),
                "m1-quiz", "--learner=Ana", "--lang", "fr", "--seed=7");
        assertEquals("m1-quiz", line.quizId);
        assertEquals("Ana", line.learner);
        assertEquals("fr", line.lang);
        assertEquals("7", line.seed);
        QuizCommand.Line listing = (QuizCommand.Line) parse(quiz, new QuizCommand.Line());
        assertNull(listing.quizId);
        assertEquals("en", listing.lang);
        assertEquals("-odd",
                ((QuizCommand.Line) parse(quiz, new QuizCommand.Line(), "--learner", "Ana", "--", "-odd")).quizId);

        assertEquals(2, run(quiz, "m1-quiz", "--learner"));
        assertEquals("sendero quiz: --learner needs a value\n", err());
        assertEquals(2, run(quiz, "m1-quiz", "--learnr", "Ana"));
        assertEquals("sendero quiz: unknown option --learnr\n", err());
        assertEquals(2, run(quiz, "a", "b", "--learner", "Ana"));
        assertEquals("sendero quiz: unexpected argument 'b'\n", err());
        assertHelp("sendero quiz", quiz, "--help");
    }

    @Test
    void learners() {
        LearnersCommand.Add add = (LearnersCommand.Add) parse(learners, new LearnersCommand.Line(), "add", "Ana",
                "--pin");
        assertEquals("Ana", add.name);
        assertTrue(add.pin);
        LearnersCommand.Add dashed = (LearnersCommand.Add) parse(learners, new LearnersCommand.Line(), "add", "--",
                "-Ana");
        assertEquals("-Ana", dashed.name);
        assertFalse(dashed.pin);
        assertEquals(List.of("Ana", "Ana María"), ((LearnersCommand.Rename) parse(learners, new LearnersCommand.Line(),
                "rename", "Ana", "Ana María")).names);
        assertEquals("Ben",
                ((LearnersCommand.Remove) parse(learners, new LearnersCommand.Line(), "remove", "Ben")).name);
        assertTrue(((LearnersCommand.Line) parse(learners, new LearnersCommand.Line(), "--json")).json);

        assertEquals(2, run(learners, "add", "-Ana"));
        assertEquals("sendero learners: unknown option -Ana; a NAME that starts with - goes after --,"
                + " e.g. sendero learners add -- -Ana\n", err());
        assertEquals(2, run(learners, "add"));
        assertEquals("sendero learners: missing NAME: the learner's name\n", err());
        assertEquals(2, run(learners, "rename", "Ana"));
        assertEquals(1, err().lines().count(), err());
        assertEquals(2, run(learners, "remove", "Ana", "--pin"));
        assertEquals("sendero learners: unknown option --pin\n", err());
        assertEquals(2, run(learners, "delete", "Ana"));
        assertEquals("sendero learners: unknown subcommand 'delete'; one of: add, rename, remove\n", err());
        assertHelp("sendero learners", learners, "--help");
        assertHelp("sendero learners add", learners, "add", "--help");
    }
}
