package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

/**
 * Backup and restore on the unpacked archive: a backup made while a learner answers a quiz in
 * another process restores on a fresh data folder to the same progress; a restore is refused while
 * that quiz holds the records open; a damaged or truncated backup is refused on one line and the
 * records stay as they were.
 */
class BackupRestoreAcceptanceTest {

    /** Lines that some item of each kind accepts; a line an item cannot read is asked again. */
    private static final List<String> ANSWERS = List.of("1", "t", "ab", "abc", "abcd", "abcde", "abcdef");

    private static final String NOTES = """
            <!-- sendero-notes 1 -->
            # Notes of Bea

            ## lesson tip-def-children in sendero-starter

            ### Bookmark #intro
            - id: 0b8e0f0a-8f3c-4a57-b0a8-2a3c3e9b6d21
            - language: es
            - created: 2026-12-07T10:10:00Z
            - updated: 2026-12-07T10:10:00Z

            ~~~
            Revisar con la fiscal.
            ~~~
            """;

    @Test
    void aBackupMadeDuringAQuizRestoresOnAFreshFolderAndDamagedOnesAreRefused() throws Exception {
        DataFolderSession office = DataFolderSession.fresh("backup-office");
        office.ok("learners", "add", "Bea");
        office.ok("learners", "add", "Carlos");
        Path notes = office.file("notes-bea.md");
        Files.writeString(notes, NOTES, StandardCharsets.UTF_8);
        office.ok("progress", "import-notes", notes.toString(), "--learner", "Bea");

        // Bea answers a quiz in another process; the answers come one by one while backups are made
        Process quiz = office.product.sendero(false, "--data", office.data.toString(), "quiz", "smug-definition-quiz",
                "--learner", "Bea").redirectOutput(office.file("quiz-out.txt").toFile())
                .redirectError(office.file("quiz-err.txt").toFile()).start();
        OutputStream answers = quiz.getOutputStream();
        try {
            Path during = office.file("during.zip");
            for (int round = 0; round < 3; round++) {
                feed(answers, 2);
                Result backup = office.run("backup", "-o", during.toString());
                assertEquals(0, backup.exitCode(), backup.err());
            }
            // the quiz waits for its next answer, its records open: the backup now is the state to compare
            Thread.sleep(1500);
            Path file = office.file("office.zip");
            Result written = office.ok("backup", "-o", file.toString());
            DataFolderSession.assertContains(written.out(), "learners:  2, with 1 notes");
            String progressThen = office.ok("progress", "--json").out();
            String notesThen = office.ok("progress", "export", "--format", "notes", "--learner", "Bea").out();
            assertTrue(progressThen.contains("Bea") && progressThen.contains("Carlos"), progressThen);

            String busy = office.fails(1, "restore", file.toString(), "--yes");
            assertTrue(busy.contains("another Sendero command is using the records"), busy);

            DataFolderSession replacement = DataFolderSession.fresh("backup-new-pc");
            Result listed = replacement.ok("restore", "--list", file.toString());
            DataFolderSession.assertContains(listed.out(), "sendero-starter");
            Result restored = replacement.ok("restore", file.toString(), "--yes");
            DataFolderSession.assertContains(restored.out(), "Restored 2 learners");
            assertEquals(progressThen, replacement.ok("progress", "--json").out());
            assertEquals(notesThen,
                    replacement.ok("progress", "export", "--format", "notes", "--learner", "Bea").out());

            // the backup made while answers were being written is whole and restores too
            DataFolderSession other = DataFolderSession.fresh("backup-during");
            other.ok("restore", during.toString(), "--yes");
            DataFolderSession.assertContains(other.ok("progress", "--json").out(), "Bea");

            refusedWithNothingReplaced(replacement, file);

            feedUntilTheQuizEnds(answers);
            try {
                answers.close();
            } catch (IOException ended) {
                // the quiz closed its end first
            }
            assertTrue(quiz.waitFor(2, TimeUnit.MINUTES), "the quiz ends");
        } finally {
            quiz.destroyForcibly();
        }
        assertEquals(0, quiz.exitValue(), Files.readString(office.file("quiz-err.txt")));
    }

    /**
     * With the workbench open, a restore from the command line is refused and a restore set aside
     * waits; the workbench makes the day's backup when it starts, and puts the set-aside restore in
     * place at its next start, keeping the records it replaced.
     */
    @Test
    void theWorkbenchMakesTheDailyBackupAndARestoreWaitsForItsNextStart() throws Exception {
        DataFolderSession office = DataFolderSession.fresh("backup-workbench");
        office.ok("learners", "add", "Ana");
        Path good = office.file("ana-only.zip");
        office.ok("backup", "-o", good.toString());
        office.ok("learners", "add", "Bruno");
        Path backups = office.data.resolve("backups");
        Path daily = backups.resolve("sendero-" + LocalDate.now(ZoneOffset.UTC) + ".zip");
        Path pending = backups.resolve("restore-at-next-start.zip");

        Process workbench = startWorkbench(office);
        try {
            waitFor(() -> Files.exists(daily), "the daily backup made at the workbench's start");
            String refused = office.fails(1, "restore", good.toString(), "--yes");
            assertTrue(refused.contains("the workbench is open on this data folder"), refused);
            Files.copy(good, pending);
            DataFolderSession.assertContains(office.ok("learners").out(), "Bruno");
            assertTrue(Files.exists(pending), "a command leaves the restore to the workbench's next start");
        } finally {
            close(workbench);
        }

        Process again = startWorkbench(office);
        try {
            waitFor(() -> !Files.exists(pending), "the restore put in place at the start");
        } finally {
            close(again);
        }
        String learners = office.ok("learners").out();
        DataFolderSession.assertContains(learners, "Ana");
        assertFalse(learners.contains("Bruno"), learners);
        try (var kept = Files.list(backups)) {
            assertTrue(kept.anyMatch(file -> file.getFileName().toString().startsWith("before-restore-")),
                    "the replaced records are kept");
        }
    }

    private static Process startWorkbench(DataFolderSession office) throws Exception {
        Process workbench = office.product.sendero(true, "--data", office.data.toString())
                .redirectOutput(office.file("workbench-out.txt").toFile())
                .redirectError(office.file("workbench-err.txt").toFile()).start();
        waitFor(() -> {
            try {
                Result found = InstalledProduct.run(
                        new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "^Sendero"),
                        Duration.ofSeconds(10));
                return found.exitCode() == 0 && !found.out().isBlank();
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }, "the workbench's window");
        return workbench;
    }

    private static void close(Process workbench) throws Exception {
        // two learners without a PIN: the workbench asks who is learning, and closing that question closes it
        Optional<String> chooser = visibleWindow("^Who is learning");
        if (chooser.isPresent()) {
            InstalledProduct.run(new ProcessBuilder("xdotool", "windowfocus", "--sync", chooser.get(), "key", "Escape"),
                    Duration.ofSeconds(20));
        } else {
            Optional<String> window = visibleWindow("^Sendero");
            if (window.isPresent()) {
                InstalledProduct.run(
                        new ProcessBuilder("xdotool", "windowfocus", "--sync", window.get(), "key", "ctrl+q"),
                        Duration.ofSeconds(20));
            }
        }
        // otherwise end it as a logout would, which lets the workbench close its records
        if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
            workbench.destroy();
            if (!workbench.waitFor(30, TimeUnit.SECONDS)) {
                workbench.destroyForcibly();
                workbench.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Optional<String> visibleWindow(String title) throws IOException, InterruptedException {
        Result found = InstalledProduct.run(new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", title),
                Duration.ofSeconds(10));
        return found.out().lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 90 s: " + what);
            }
            Thread.sleep(200);
        }
    }

    private void refusedWithNothingReplaced(DataFolderSession session, Path good) throws Exception {
        String before = session.ok("progress", "--json").out();
        byte[] records = Files.readAllBytes(session.data.resolve("progress.db"));
        byte[] whole = Files.readAllBytes(good);

        Path truncated = session.file("truncated.zip");
        Files.write(truncated, Arrays.copyOf(whole, whole.length - 200));
        String cut = session.fails(1, "restore", truncated.toString(), "--yes");
        assertTrue(cut.startsWith("sendero restore: " + truncated + ": "), cut);
        assertTrue(cut.endsWith("(nothing was replaced)"), cut);

        Path corrupted = session.file("corrupted.zip");
        byte[] damaged = whole.clone();
        for (int i = whole.length / 3; i < whole.length / 3 + 16; i++) {
            damaged[i] ^= 0x55;
        }
        Files.write(corrupted, damaged);
        String bad = session.fails(1, "restore", corrupted.toString(), "--yes");
        assertTrue(bad.startsWith("sendero restore: " + corrupted + ": "), bad);

        assertArrayEquals(records, Files.readAllBytes(session.data.resolve("progress.db")));
        assertEquals(before, session.ok("progress", "--json").out());
    }

    private int fed;

    /** Sends the next {@code count} answers, a little apart, as a learner typing them. */
    private void feed(OutputStream answers, int count) throws IOException, InterruptedException {
        for (int i = 0; i < count; i++) {
            answers.write((ANSWERS.get(fed++ % ANSWERS.size()) + "\n").getBytes(StandardCharsets.UTF_8));
            answers.flush();
            Thread.sleep(300);
        }
    }

    /** Sends answers until the quiz has all it needs and stops reading. */
    private void feedUntilTheQuizEnds(OutputStream answers) throws InterruptedException {
        try {
            for (int i = 0; i < ANSWERS.size() * 30; i++) {
                answers.write((ANSWERS.get(fed++ % ANSWERS.size()) + "\n").getBytes(StandardCharsets.UTF_8));
                answers.flush();
                Thread.sleep(5);
            }
        } catch (IOException ended) {
            // the quiz ended and closed its input: every answer it needed was sent
        }
    }

}
