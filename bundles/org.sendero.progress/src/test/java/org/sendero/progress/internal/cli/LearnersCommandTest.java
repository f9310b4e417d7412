package org.sendero.progress.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.progress.PinCheck;
import org.sendero.progress.internal.LearnersService;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.testing.TestContent;

class LearnersCommandTest {

    @TempDir
    Path temp;

    private ProgressDatabase database;
    private LearnersService learners;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() throws Exception {
        database = TestContent.database(temp, new TestContent.TestClock());
        learners = new LearnersService(() -> database, 1000);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private int run(String input, String... arguments) {
        out.reset();
        err.reset();
        LearnersCommand command = new LearnersCommand(learners,
                () -> new Terminal(new BufferedReader(new StringReader(input)), null));
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void learnersAreAddedWithAPipedPinRenamedListedAndRemoved() throws Exception {
        assertEquals(0, run("", "add", "Ana"));
        assertEquals("Added Ana.\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("4821\n", "add", "José", "--pin"));
        assertEquals("New PIN (4 to 12 digits): Added José (with a PIN).\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(PinCheck.Outcome.ACCEPTED,
                learners.checkPin(learners.byName("jose").orElseThrow().id(), "4821").outcome());
        assertEquals(1, run("", "add", "ANA"));
        assertEquals("sendero learners: a learner called 'Ana' already exists\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(1, run("12\n", "add", "Marta", "--pin"));
        assertEquals("sendero learners: a PIN is 4 to 12 digits\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("", "rename", "ana", "Ana López"));
        assertEquals(0, run(""));
        assertEquals("Ana López\nJosé (PIN)\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("", "--json"));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.startsWith("[\n  {\n    \"id\": \""), json);
        assertTrue(
                json.contains("\"name\": \"José\",\n    \"has_pin\": true,\n    \"created\": \"2026-11-27T09:00:00Z\""),
                json);
        assertEquals(0, run("", "remove", "José"));
        assertEquals("Removed José and everything recorded for them.\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(1, run("", "remove", "José"));
        assertEquals("sendero learners: no learner called 'José'; add one with: sendero learners add NAME\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("", "delete", "Ana"));
        assertEquals(2, run("", "--force"));
    }

    @Test
    void aNameStartingWithADashIsWrittenAfterTwoDashes() throws Exception {
        assertEquals(2, run("", "add", "-Ana"));
        assertEquals("sendero learners: unknown option -Ana; a NAME that starts with - goes after --,"
                + " e.g. sendero learners add -- -Ana\n", err.toString(StandardCharsets.UTF_8));
        assertTrue(learners.list().isEmpty(), "an option-like argument is not taken as a name");
        assertEquals(0, run("", "add", "--", "-Ana"));
        assertEquals("Added -Ana.\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("", "rename", "--", "-ana", "-Ana María"));
        assertEquals(0, run("", "remove", "--", "-Ana María"));
        assertTrue(learners.list().isEmpty());
    }

    @Test
    void anInvisibleCharacterInANameIsOneLineNamingIt() throws Exception {
        assertEquals(1, run("", "add", "Ana\u200B"));
        assertEquals("sendero learners: a learner's name contains an invisible character (U+200B)\n",
                err.toString(StandardCharsets.UTF_8));
        assertTrue(learners.list().isEmpty());
    }
}
