package org.sendero.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.backup.BackupException;
import org.sendero.backup.BackupSummary;
import org.sendero.backup.Backups;
import org.sendero.backup.PackRecord;
import org.sendero.backup.RestoreOutcome;
import org.sendero.backup.internal.archive.DurableFiles;
import org.sendero.backup.internal.archive.VerifiedBackup;
import org.sendero.backup.internal.restore.Restorer;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.core.SenderoEnvironment;
import org.sendero.progress.schema.ProgressSchema;

/**
 * The backups of the data folder's records. Started with Sendero (not on first use), because at
 * start, before anything opens the records, is when a restore chosen in the workbench is put in
 * place, and when the workbench makes the day's automatic backup.
 */
@Component(service = Backups.class, immediate = true)
public final class BackupService implements Backups {

    /** The application the launcher names for a subcommand; anything else is the workbench. */
    private static final String COMMAND_LINE = "org.sendero.cli.main";

    private final Records records;

    public BackupService(Records records) {
        this.records = records;
    }

    @Activate
    public BackupService(@Reference SenderoEnvironment environment, @Reference ContentLibrary library,
            BundleContext context) {
        this(new Records(environment.dataFolder(), environment.product().version(), () -> packs(library),
                ProgressSchema.version(), Clock.systemUTC()));
        try {
            startOfSendero(!COMMAND_LINE.equals(context.getProperty("eclipse.application")));
        } catch (RuntimeException e) {
            // whatever went wrong with the backups must not keep Sendero from starting
            log().write("backups at start failed: " + e);
        }
    }

    private static List<PackRecord> packs(ContentLibrary library) throws BackupException {
        try {
            return library.installed().stream().map(pack -> new PackRecord(pack.info().id(),
                    pack.info().version().toString(), pack.signer().orElse(""))).toList();
        } catch (ContentException e) {
            throw new BackupException("cannot list the installed packs: " + e.getMessage(), e);
        }
    }

    /**
     * A restore chosen in the workbench first, synchronously, before anything opens the records;
     * then, in the workbench, the day's backup in the background, so that the window does not wait.
     */
    void startOfSendero(boolean workbench) {
        pendingRestore().ifPresent(log()::write);
        if (workbench && Files.exists(records.data().progressDatabase())) {
            Thread daily = new Thread(this::dailyBackupLogged, "Sendero daily backup");
            daily.setDaemon(true);
            daily.start();
        }
    }

    private void dailyBackupLogged() {
        try {
            dailyBackup().forEach(line -> log().write("warning: " + line));
        } catch (BackupException e) {
            log().write("daily backup not made: " + e.getMessage());
        }
    }

    private BackupLog log() {
        return new BackupLog(records.data(), records.clock());
    }

    /** The backup chosen in the workbench, to restore at the next start. */
    Path pendingFile() {
        return Restorer.backupsFolder(records.data()).resolve("restore-at-next-start.zip");
    }

    /**
     * Restores the backup chosen in the workbench, if any. One the checks refuse is set aside
     * (renamed) so that it is not tried at every start; one that must wait (the workbench is open
     * while a command starts, a command has the records open) stays for the next start.
     *
     * @return a line saying what happened, when something did
     */
    Optional<String> pendingRestore() {
        Path pending = pendingFile();
        if (!Files.exists(pending)) {
            return Optional.empty();
        }
        try {
            RestoreOutcome outcome = restore(pending);
            Files.delete(pending);
            return Optional.of("restored the backup of " + outcome.restored().created() + " chosen in the workbench");
        } catch (BackupException e) {
            if (e.getMessage().contains(Restorer.IN_USE)) {
                return Optional.of("the restore chosen in the workbench waits: " + e.getMessage());
            }
            if (e.getMessage().contains(Restorer.WORKBENCH_OPEN)) {
                return Optional.empty();
            }
            try {
                Files.move(pending, pending.resolveSibling("restore-refused-" + Instant.now().toEpochMilli() + ".zip"));
            } catch (IOException moveFailed) {
                e.addSuppressed(moveFailed);
            }
            return Optional.of("sendero restore: " + e.getMessage());
        } catch (IOException e) {
            return Optional.of("sendero restore: " + pending + ": restored, but cannot remove it: " + e.getMessage());
        }
    }

    @Override
    public BackupSummary backUp(Path target) throws BackupException {
        return records.writer().write(target).summary();
    }

    @Override
    public BackupSummary inspect(Path backup) throws BackupException {
        VerifiedBackup verified = records.reader().read(backup, scratch());
        verified.discard();
        return verified.summary();
    }

    @Override
    public RestoreOutcome restore(Path backup) throws BackupException {
        return records.restorer().restore(backup);
    }

    @Override
    public BackupSummary restoreAtNextStart(Path backup) throws BackupException {
        BackupSummary summary = inspect(backup);
        Path pending = pendingFile();
        try {
            DurableFiles.write(pending, out -> Files.copy(backup, out));
        } catch (IOException e) {
            throw new BackupException(pending + ": cannot set the backup aside: " + e.getMessage(), e);
        }
        return summary;
    }

    @Override
    public Optional<Path> secondFolder() throws BackupException {
        try {
            return records.secondFolder().get();
        } catch (IOException e) {
            throw new BackupException(records.data().root() + ": cannot read the backup settings: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void setSecondFolder(Optional<Path> folder) throws BackupException {
        try {
            records.secondFolder().set(folder);
        } catch (IOException e) {
            throw new BackupException(records.data().root() + ": cannot write the backup settings: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public List<String> dailyBackup() throws BackupException {
        return records.daily().run(secondFolder());
    }

    /** Where a backup is unpacked to be checked: the data folder, the same disk the records go to. */
    private Path scratch() {
        return records.data().root();
    }
}
