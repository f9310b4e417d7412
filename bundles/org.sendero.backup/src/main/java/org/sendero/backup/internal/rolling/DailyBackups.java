package org.sendero.backup.internal.rolling;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sendero.backup.BackupException;
import org.sendero.backup.internal.archive.BackupWriter;
import org.sendero.backup.internal.archive.DurableFiles;
import org.sendero.core.DataFolder;

/**
 * The automatic backup: one a day, named by its date, the last {@value #KEPT} kept in the data
 * folder's backups/ and, when one is set, in a second folder. The second folder being away (a
 * memory stick pulled out) is a warning, never a failure: the backup in the data folder stands.
 */
public final class DailyBackups {

    public static final int KEPT = 7;

    private static final Pattern NAME = Pattern.compile("sendero-\\d{4}-\\d{2}-\\d{2}\\.zip");

    private final Path folder;
    private final BackupWriter writer;
    private final Clock clock;

    public DailyBackups(DataFolder data, BackupWriter writer, Clock clock) {
        this.folder = data.root().resolve("backups");
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Makes today's backup unless there is one, then copies it to {@code second} when that is set.
     *
     * @return a line for each problem with the second folder
     */
    public List<String> run(Optional<Path> second) throws BackupException {
        Path today = folder.resolve("sendero-" + LocalDate.now(clock) + ".zip");
        if (!Files.exists(today)) {
            writer.write(today);
        }
        List<String> warnings = new ArrayList<>();
        try {
            prune(folder);
        } catch (IOException e) {
            warnings.add(folder + ": cannot remove the oldest backups: " + e.getMessage());
        }
        second.ifPresent(other -> copyTo(today, other, warnings));
        return warnings;
    }

    private static void copyTo(Path backup, Path second, List<String> warnings) {
        if (!Files.isDirectory(second)) {
            warnings.add("second backup folder " + second + " is not there (a memory stick removed?); today's backup"
                    + " is only in " + backup.getParent());
            return;
        }
        Path copy = second.resolve(backup.getFileName());
        try {
            if (!Files.exists(copy)) {
                DurableFiles.write(copy, out -> Files.copy(backup, out));
            }
            prune(second);
        } catch (IOException e) {
            warnings.add("second backup folder " + second + ": cannot copy today's backup there: " + e.getMessage());
        }
    }

    /** Deletes all but the newest {@value #KEPT} daily backups; other files are left alone. */
    static void prune(Path folder) throws IOException {
        List<Path> daily = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (NAME.matcher(file.getFileName().toString()).matches()) {
                    daily.add(file);
                }
            }
        }
        daily.sort(Comparator.comparing(file -> file.getFileName().toString()));
        for (int i = 0; i < daily.size() - KEPT; i++) {
            Files.delete(daily.get(i));
        }
    }
}
