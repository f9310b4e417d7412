package org.sendero.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendero.cli.internal.CommandLineService;
import org.sendero.core.SenderoEnvironment;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.QuizRef;

/**
 * The progress bundle inside OSGi: sqlite-jdbc loads its native library from its wrapped bundle,
 * the services share the data folder's progress.db, and the commands are found by the command line.
 */
class ProgressServicesTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) throws InterruptedException {
        out.reset();
        err.reset();
        return ServicesTest.service(CommandLineService.class).execute(List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void answersAreStoredInTheDataFoldersDatabaseAndExportedByTheCommandLine() throws Exception {
        Learners learners = ServicesTest.service(Learners.class);
        ProgressStore store = ServicesTest.service(ProgressStore.class);
        Learner learner = learners.byName("Integration").isPresent() ? learners.byName("Integration").get()
                : learners.add("Integration", Optional.empty());
        Attempt attempt = store.startAttempt(learner.id(), new QuizRef("p", "c", "m", "quiz", "en"), 3);
        store.recordAnswer(attempt.id(), "q1", new Response.Number(18), 1, Duration.ofSeconds(2));
        Path database = ServicesTest.service(SenderoEnvironment.class).dataFolder().progressDatabase();
        assertTrue(Files.isRegularFile(database), database.toString());

        assertEquals(0, run("learners"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Integration\n"),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("progress", "export", "--format", "xapi", "--learner", "Integration"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"response\": \"number:18\""),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("progress", "export", "--format", "pdf"));
        assertEquals("sendero progress export: --format must be xapi, csv, csv-answers or notes\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("progress", "export", "--format", "notes", "--learner", "Integration"));
        assertTrue(
                out.toString(StandardCharsets.UTF_8).startsWith("<!-- sendero-notes 1 -->\n# Notes of Integration\n"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theProgressAndGiftCommandsAreListedByHelp() throws InterruptedException {
        assertEquals(0, run("help"));
        for (String command : List.of("quiz", "learners", "progress", "gift")) {
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("  " + command + " "),
                    command + " missing from help");
        }
    }
}
