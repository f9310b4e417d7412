package org.sendero.backup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.backup.testing.OfficeRecords;

/** The automatic backup: one a day, the last seven kept, also in a second folder when it is there. */
class DailyBackupsTest {

    private static final Instant FIRST_DAY = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path temp;

    private OfficeRecords office;

    @BeforeEach
    void anOffice() throws Exception {
        office = new OfficeRecords(temp.resolve("office")).withLearners(OfficeRecords.SCHEMA, "Ana");
    }

    @Test
    void tenDaysOfStartsKeepTheLastSeven() throws Exception {
        for (int day = 0; day < 10; day++) {
            assertEquals(List.of(), office.service(on(day)).dailyBackup());
        }
        assertEquals(List.of("sendero-2026-12-04.zip", "sendero-2026-12-05.zip", "sendero-2026-12-06.zip",
                "sendero-2026-12-07.zip", "sendero-2026-12-08.zip", "sendero-2026-12-09.zip", "sendero-2026-12-10.zip"),
                names(backups()));
    }

    @Test
    void aSecondStartTheSameDayKeepsTheFirstBackup() throws Exception {
        office.service(on(0)).dailyBackup();
        Path first = backups().resolve("sendero-2026-12-01.zip");
        byte[] before = Files.readAllBytes(first);
        office.withLearners(OfficeRecords.SCHEMA, "Luis");

        office.service(Clock.offset(on(0), java.time.Duration.ofHours(3))).dailyBackup();

        assertEquals(List.of("sendero-2026-12-01.zip"), names(backups()));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(first)));
    }

    @Test
    void theSecondFolderGetsACopyAndKeepsSevenToo() throws Exception {
        Path stick = Files.createDirectories(temp.resolve("stick"));
        Files.writeString(stick.resolve("photos.txt"), "not a backup");
        office.service(on(0)).setSecondFolder(Optional.of(stick));

        for (int day = 0; day < 9; day++) {
            assertEquals(List.of(), office.service(on(day)).dailyBackup());
        }

        List<String> copies = names(stick);
        assertEquals(8, copies.size(), copies.toString());
        assertTrue(copies.contains("photos.txt"));
        assertEquals(names(backups()), copies.stream().filter(name -> name.startsWith("sendero-")).toList());
        assertEquals(1, office.service(on(9)).inspect(stick.resolve("sendero-2026-12-09.zip")).learners());
    }

    @Test
    void aMissingSecondFolderIsAWarningAndTheBackupIsStillMade() throws Exception {
        Path stick = temp.resolve("stick-pulled-out");
        office.service(on(0)).setSecondFolder(Optional.of(stick));

        List<String> warnings = office.service(on(0)).dailyBackup();

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(stick.toString()), warnings.get(0));
        assertEquals(List.of("sendero-2026-12-01.zip"), names(backups()));
    }

    @Test
    void aStartWithTheStickPulledOutMakesTheBackupAndLogsOneWarningLine() throws Exception {
        Path stick = temp.resolve("stick-pulled-out");
        office.service(on(0)).setSecondFolder(Optional.of(stick));

        office.service(on(0)).startOfSendero(true);

        Path log = office.data().logs().resolve("backup.log");
        long giveUp = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!Files.exists(log) && System.nanoTime() < giveUp) {
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(log);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("warning: second backup folder " + stick), lines.get(0));
        assertEquals(List.of("sendero-2026-12-01.zip"), names(backups()));
    }

    @Test
    void aCommandLineStartMakesNoDailyBackup() throws Exception {
        office.service(on(0)).startOfSendero(false);

        Thread.sleep(500);
        assertTrue(!Files.exists(backups()) || names(backups()).isEmpty());
    }

    @Test
    void theSecondFolderSettingTravelsWithTheBackup() throws Exception {
        Path stick = Files.createDirectories(temp.resolve("stick"));
        office.service(on(0)).setSecondFolder(Optional.of(stick));
        Path file = temp.resolve("office.zip");
        office.service(on(0)).backUp(file);
        OfficeRecords replacement = new OfficeRecords(temp.resolve("new-pc")).withLearners(OfficeRecords.SCHEMA);

        replacement.service(on(1)).restore(file);

        assertEquals(Optional.of(stick), replacement.service(on(1)).secondFolder());
    }

    private Path backups() {
        return office.data().root().resolve("backups");
    }

    private static Clock on(int day) {
        return Clock.fixed(FIRST_DAY.plus(day, ChronoUnit.DAYS), ZoneOffset.UTC);
    }

    private static List<String> names(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            files.forEach(file -> names.add(file.getFileName().toString()));
        }
        names.sort(null);
        return names;
    }

}
