package org.sendero.backup.internal;

import java.time.Clock;

import org.sendero.backup.internal.archive.BackupReader;
import org.sendero.backup.internal.archive.BackupWriter;
import org.sendero.backup.internal.restore.Restorer;
import org.sendero.backup.internal.rolling.DailyBackups;
import org.sendero.backup.internal.rolling.SecondFolderSetting;
import org.sendero.core.DataFolder;

/**
 * The pieces that back up and restore one data folder's records, made in one place so that the
 * service and the tests use the same ones.
 *
 * @param schema the progress schema version this Sendero writes
 */
public record Records(DataFolder data, String senderoVersion, BackupWriter.InstalledPacks packs, int schema,
        Clock clock) {

    public BackupWriter writer() {
        return new BackupWriter(data, senderoVersion, packs, clock);
    }

    public BackupReader reader() {
        return new BackupReader(data, schema);
    }

    public Restorer restorer() {
        return new Restorer(data, reader(), writer(), clock);
    }

    public DailyBackups daily() {
        return new DailyBackups(data, writer(), clock);
    }

    public SecondFolderSetting secondFolder() {
        return new SecondFolderSetting(data);
    }
}
