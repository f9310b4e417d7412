package org.sendero.backup.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

import org.sendero.core.DataFolder;

/**
 * logs/backup.log in the data folder: what the automatic backup and a restore at start did or
 * could not do, one dated line each, where an office's IT person looks (nobody sees a console).
 */
final class BackupLog {

    private final Path file;
    private final Clock clock;

    BackupLog(DataFolder data, Clock clock) {
        this.file = data.logs().resolve("backup.log");
        this.clock = clock;
    }

    void write(String line) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, clock.instant() + " " + line.replaceAll("\\R", " ") + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.getLogger(BackupLog.class.getName()).log(System.Logger.Level.WARNING, line, e);
        }
    }
}
