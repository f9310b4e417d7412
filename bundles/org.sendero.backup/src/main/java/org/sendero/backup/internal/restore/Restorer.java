package org.sendero.backup.internal.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import org.sendero.backup.BackupException;
import org.sendero.backup.RestoreOutcome;
import org.sendero.backup.internal.archive.BackupReader;
import org.sendero.backup.internal.archive.BackupWriter;
import org.sendero.backup.internal.archive.DurableFiles;
import org.sendero.backup.internal.archive.SqliteFile;
import org.sendero.backup.internal.archive.VerifiedBackup;
import org.sendero.core.DataFolder;

/**
 * Puts a backup's records in place of the current ones. Everything is checked first, and the
 * current records are kept as a backup of their own; only then is each file moved into place, in
 * one rename each. A refused restore changes nothing.
 */
public final class Restorer {

    /** Part of the message of a restore refused because the workbench is open; it can be tried again later. */
    public static final String WORKBENCH_OPEN = "the workbench is open on this data folder";

    /** Part of the message of a restore refused because a command has the records open; also worth a later try. */
    public static final String IN_USE = "another Sendero command is using the records";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final DataFolder data;
    private final BackupReader reader;
    private final BackupWriter writer;
    private final Clock clock;

    public Restorer(DataFolder data, BackupReader reader, BackupWriter writer, Clock clock) {
        this.data = data;
        this.reader = reader;
        this.writer = writer;
        this.clock = clock;
    }

    public static Path backupsFolder(DataFolder data) {
        return data.root().resolve("backups");
    }

    public RestoreOutcome restore(Path backup) throws BackupException {
        try (WorkbenchLock lock = WorkbenchLock.tryTake(data).orElse(null)) {
            if (lock == null) {
                throw new BackupException(data.root() + ": " + WORKBENCH_OPEN + "; close it,"
                        + " then restore (nothing was replaced)");
            }
            VerifiedBackup verified = checked(backup);
            try {
                refuseWhileInUse();
                Optional<Path> kept = keepCurrent();
                swap(verified);
                return new RestoreOutcome(verified.summary(), kept);
            } finally {
                verified.discard();
            }
        } catch (IOException e) {
            throw new BackupException(data.root() + ": cannot restore into it: " + e.getMessage()
                    + " (nothing was replaced)", e);
        }
    }

    private VerifiedBackup checked(Path backup) throws BackupException {
        try {
            return reader.read(backup, data.root());
        } catch (BackupException e) {
            throw new BackupException(e.getMessage() + " (nothing was replaced)", e);
        }
    }

    /** A backup of the records about to be replaced; a copy of the raw file when they cannot be read. */
    private Optional<Path> keepCurrent() throws IOException {
        Path database = data.progressDatabase();
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        Path kept = backupsFolder(data).resolve("before-restore-" + stamp + ".zip");
        if (!Files.exists(database)) {
            return Optional.empty();
        }
        try {
            writer.write(kept);
            return Optional.of(kept);
        } catch (BackupException unreadable) {
            Path raw = kept.resolveSibling("before-restore-" + stamp + ".db");
            Files.createDirectories(raw.getParent());
            Files.copy(database, raw, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(raw);
        }
    }

    /**
     * Another Sendero command (a quiz being answered) keeps the database open; SQLite removes the
     * write-ahead log when the last connection closes, so a log left after ours closed means the
     * records are in use, and replacing them would lose that command's answers.
     */
    private void refuseWhileInUse() throws BackupException {
        Path database = data.progressDatabase();
        if (!Files.exists(database)) {
            return;
        }
        try {
            new SqliteFile(database).checkpointAndClose();
        } catch (SQLException e) {
            // a damaged file is what a restore is for; it is replaced below
            return;
        }
        Path log = database.resolveSibling(database.getFileName() + "-wal");
        if (Files.exists(log)) {
            throw new BackupException(database + ": " + IN_USE + "; let it finish,"
                    + " then restore (nothing was replaced)");
        }
    }

    private void swap(VerifiedBackup verified) throws IOException {
        DurableFiles.replace(verified.database(), data.progressDatabase());
        for (Map.Entry<Path, Path> setting : verified.settings().entrySet()) {
            Path target = setting.getKey();
            Files.createDirectories(target.getParent());
            Path beside = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try {
                Files.copy(setting.getValue(), beside, StandardCopyOption.REPLACE_EXISTING);
                DurableFiles.replace(beside, target);
            } finally {
                Files.deleteIfExists(beside);
            }
        }
    }
}
