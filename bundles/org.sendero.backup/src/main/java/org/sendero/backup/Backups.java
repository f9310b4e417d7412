package org.sendero.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Backups of an office's records: the progress database (learners, answers, notes), the list of
 * installed packs and the settings, in one file that can be restored on this PC or another. A
 * service.
 */
public interface Backups {

    /** Writes a backup of the records as they are now, consistent even while they are being written. */
    BackupSummary backUp(Path target) throws BackupException;

    /** Checks a backup whole (format, hashes, database integrity, version) and says what it holds. */
    BackupSummary inspect(Path backup) throws BackupException;

    /**
     * Checks a backup and puts its records in place of the current ones, at once: refused, with
     * nothing changed, when the backup is damaged or newer than this Sendero, or when the workbench
     * or another Sendero command is using the records.
     */
    RestoreOutcome restore(Path backup) throws BackupException;

    /**
     * Checks a backup and sets it aside to be restored when Sendero next starts, for the workbench,
     * which keeps the records open while it runs.
     */
    BackupSummary restoreAtNextStart(Path backup) throws BackupException;

    /** The second folder (a memory stick, a share) the daily backup is also copied to, when one is set. */
    Optional<Path> secondFolder() throws BackupException;

    void setSecondFolder(Optional<Path> folder) throws BackupException;

    /**
     * Makes today's automatic backup when there is none yet, keeping the last seven.
     *
     * @return one line for each problem that did not stop it (the second folder is missing)
     */
    List<String> dailyBackup() throws BackupException;
}
