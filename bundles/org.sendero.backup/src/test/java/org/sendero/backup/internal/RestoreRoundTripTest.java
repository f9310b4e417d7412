package org.sendero.backup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.backup.BackupException;
import org.sendero.backup.BackupSummary;
import org.sendero.backup.PackRecord;
import org.sendero.backup.RestoreOutcome;
import org.sendero.backup.testing.OfficeRecords;

/**
 * A backup made in one office restores in another: the learners, their notes and the settings
 * come back, and the records it replaced are kept as a backup that restores in turn.
 */
class RestoreRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private OfficeRecords tapachula;
    private OfficeRecords tijuana;

    @BeforeEach
    void twoOffices() throws Exception {
        tapachula = new OfficeRecords(temp.resolve("tapachula")).withLearners(OfficeRecords.SCHEMA, "Ana", "Luis")
                .withSetting("org.sendero.ui.prefs", "language=es\n");
        tijuana = new OfficeRecords(temp.resolve("tijuana")).withLearners(OfficeRecords.SCHEMA, "Marta")
                .withSetting("org.sendero.ui.prefs", "language=fr\n");
    }

    @Test
    void theLearnersNotesAndSettingsComeBackInAnotherOffice() throws Exception {
        Path file = temp.resolve("tapachula.zip");
        BackupSummary written = tapachula.service(CLOCK).backUp(file);

        RestoreOutcome outcome = tijuana.service(CLOCK).restore(file);

        assertEquals(List.of("Ana", "Luis"), tijuana.learners());
        assertEquals(List.of("note of Ana", "note of Luis"), tijuana.notes());
        assertEquals("language=es\n", tijuana.setting("org.sendero.ui.prefs"));
        assertEquals(2, outcome.restored().learners());
        assertEquals(2, outcome.restored().notes());
        assertEquals(written.created(), outcome.restored().created());
        assertEquals(List.of(new PackRecord("starter", "1.2.0", "ab:cd"), new PackRecord("my-library", "1.0.0", "")),
                outcome.restored().packs());
        assertEquals(List.of("org.sendero.ui.prefs"), outcome.restored().settings());
    }

    @Test
    void theReplacedRecordsAreKeptAsABackupThatRestores() throws Exception {
        Path file = temp.resolve("tapachula.zip");
        tapachula.service(CLOCK).backUp(file);

        Path kept = tijuana.service(CLOCK).restore(file).keptAs().orElseThrow();

        assertTrue(kept.getFileName().toString().startsWith("before-restore-2026-12-07"), kept.toString());
        assertEquals(List.of("Ana", "Luis"), tijuana.learners());
        tijuana.service(CLOCK).restore(kept);
        assertEquals(List.of("Marta"), tijuana.learners());
        assertEquals("language=fr\n", tijuana.setting("org.sendero.ui.prefs"));
    }

    @Test
    void aBackupMadeWhileAnotherConnectionWritesHoldsACommittedState() throws Exception {
        Path file = temp.resolve("busy.zip");
        try (Connection workbench = tapachula.connect(); Statement statement = workbench.createStatement()) {
            statement.execute("INSERT INTO learner VALUES ('Rosa-id', 'Rosa')");
            workbench.setAutoCommit(false);
            statement.execute("INSERT INTO learner VALUES ('Uncommitted-id', 'Uncommitted')");
            tapachula.service(CLOCK).backUp(file);
            workbench.rollback();
        }
        tijuana.service(CLOCK).restore(file);
        assertEquals(List.of("Ana", "Luis", "Rosa"), tijuana.learners());
    }

    @Test
    void anOlderSchemaIsRestoredForTheProgressBundleToMigrate() throws Exception {
        OfficeRecords old = new OfficeRecords(temp.resolve("old")).withLearners(2, "Pedro");
        Path file = temp.resolve("old.zip");
        old.service(CLOCK).backUp(file);

        assertEquals(2, tijuana.service(CLOCK).restore(file).restored().schemaVersion());
        assertEquals(2, tijuana.schema());
        assertEquals(List.of("Pedro"), tijuana.learners());
    }

    @Test
    void aRestoreWhileAnotherCommandHoldsTheRecordsOpenIsRefused() throws Exception {
        Path file = temp.resolve("tapachula.zip");
        tapachula.service(CLOCK).backUp(file);
        try (Connection quiz = tijuana.connect(); Statement statement = quiz.createStatement()) {
            statement.execute("INSERT INTO learner VALUES ('Rosa-id', 'Rosa')");

            BackupException refused = assertThrows(BackupException.class, () -> tijuana.service(CLOCK).restore(file));

            assertTrue(refused.getMessage().contains("another Sendero command is using the records"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("nothing was replaced"), refused.getMessage());
        }
        assertEquals(List.of("Marta", "Rosa"), tijuana.learners());
    }

    @Test
    void aRestoreChosenInTheWorkbenchHappensAtTheNextStart() throws Exception {
        Path file = temp.resolve("tapachula.zip");
        tapachula.service(CLOCK).backUp(file);
        BackupService workbench = tijuana.service(CLOCK);

        assertEquals(2, workbench.restoreAtNextStart(file).learners());
        assertEquals(List.of("Marta"), tijuana.learners());

        Optional<String> done = tijuana.service(CLOCK).pendingRestore();
        assertTrue(done.orElseThrow().startsWith("restored the backup"), done.toString());
        assertEquals(List.of("Ana", "Luis"), tijuana.learners());
        assertFalse(Files.exists(workbench.pendingFile()));
        assertEquals(Optional.empty(), tijuana.service(CLOCK).pendingRestore());
    }

    @Test
    void aRestoreChosenInTheWorkbenchWaitsWhileACommandHasTheRecordsOpen() throws Exception {
        Path file = temp.resolve("tapachula.zip");
        tapachula.service(CLOCK).backUp(file);
        BackupService workbench = tijuana.service(CLOCK);
        workbench.restoreAtNextStart(file);

        try (Connection quiz = tijuana.connect(); Statement statement = quiz.createStatement()) {
            statement.execute("INSERT INTO learner VALUES ('Rosa-id', 'Rosa')");
            Optional<String> waiting = tijuana.service(CLOCK).pendingRestore();
            assertTrue(waiting.orElseThrow().contains("waits"), waiting.toString());
        }
        assertEquals(List.of("Marta", "Rosa"), tijuana.learners());
        assertTrue(Files.exists(workbench.pendingFile()), "kept for the next start");

        assertTrue(tijuana.service(CLOCK).pendingRestore().orElseThrow().startsWith("restored"));
        assertEquals(List.of("Ana", "Luis"), tijuana.learners());
    }
}
