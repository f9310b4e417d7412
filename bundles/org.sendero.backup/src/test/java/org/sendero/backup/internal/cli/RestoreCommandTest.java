package org.sendero.backup.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.backup.testing.OfficeRecords;

/**
 * sendero backup and sendero restore: what a backup holds is shown before anything is replaced,
 * nothing is replaced without a yes, and a refused backup is one line with the file and exit 1.
 */
class RestoreCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private OfficeRecords source;
    private OfficeRecords office;
    private Path file;

    @BeforeEach
    void twoOffices() throws Exception {
        source = new OfficeRecords(temp.resolve("source")).withLearners(OfficeRecords.SCHEMA, "Ana", "Luis");
        office = new OfficeRecords(temp.resolve("office")).withLearners(OfficeRecords.SCHEMA, "Marta");
        file = temp.resolve("office backup.zip");
    }

    @Test
    void backupThenListShowsTheLearnersAndPacksAndChangesNothing() throws Exception {
        assertEquals(0, backup("-o", file.toString()), err());
        assertTrue(out().contains("learners:  2, with 2 notes"), out());

        assertEquals(0, restore("", "--list", file.toString()), err());

        assertTrue(out().contains(file + ": a sound backup"), out());
        assertTrue(out().contains("starter 1.2.0 (signed by ab:cd)"), out());
        assertTrue(out().contains("my-library 1.0.0 (not signed)"), out());
        assertEquals(List.of("Marta"), office.learners());
    }

    @Test
    void withoutAYesNothingIsReplaced() throws Exception {
        backup("-o", file.toString());

        assertEquals(1, restore("n\n", file.toString()));

        assertTrue(err().startsWith("sendero restore: not confirmed; nothing was replaced"), err());
        assertEquals(List.of("Marta"), office.learners());
    }

    @Test
    void aYesTypedOrGivenRestores() throws Exception {
        backup("-o", file.toString());

        assertEquals(0, restore("sí\n", file.toString()), err());
        assertEquals(List.of("Ana", "Luis"), office.learners());
        assertTrue(out().contains("The records it replaced are kept in "), out());

        assertEquals(0, restore("", "--yes", out().lines().filter(line -> line.startsWith("The records"))
                .findFirst().orElseThrow().replace("The records it replaced are kept in ", "")), err());
        assertEquals(List.of("Marta"), office.learners());
    }

    @Test
    void aTruncatedBackupIsOneLineNamingTheFileAndExitsOne() throws Exception {
        backup("-o", file.toString());
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 100));

        assertEquals(1, restore("", "--yes", file.toString()));

        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("sendero restore: " + file + ": "), err());
        assertTrue(err().strip().endsWith("(nothing was replaced)"), err());
        assertEquals(List.of("Marta"), office.learners());
    }

    @Test
    void backupNeedsOneThingToDo() {
        assertEquals(2, backup());
        assertTrue(err().contains("-o FILE"), err());
    }

    private int backup(String... arguments) {
        out.reset();
        err.reset();
        return new BackupCommand(source.service(Clock.systemUTC())).run(List.of(arguments), stream(out), stream(err));
    }

    private int restore(String typed, String... arguments) {
        out.reset();
        err.reset();
        return new RestoreCommand(office.service(Clock.systemUTC()),
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8))).run(List.of(arguments), stream(out),
                        stream(err));
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
