package org.sendero.backup.internal.archive;

import java.nio.file.Path;
import java.util.Map;

import org.sendero.backup.BackupSummary;

/**
 * A backup whose every check passed, unpacked into a folder.
 *
 * @param database the progress database, checked by SQLite
 * @param settings each settings file by the place it goes back to
 */
public record VerifiedBackup(BackupSummary summary, Path folder, Path database, Map<Path, Path> settings) {

    public VerifiedBackup {
        settings = Map.copyOf(settings);
    }

    /** Removes the unpacked files. */
    public void discard() {
        BackupWriter.deleteQuietly(folder);
    }
}
