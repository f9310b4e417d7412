package org.sendero.backup.internal.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.sendero.backup.BackupException;
import org.sendero.backup.PackRecord;
import org.sendero.core.DataFolder;

import com.google.gson.Gson;

/**
 * Writes a backup file: a zip of a consistent copy of the progress database (which holds the
 * learners, their answers and notes), the installed packs' ids, versions and signers, the settings,
 * and a manifest with the hash of each.
 */
public final class BackupWriter {

    public static final String DATABASE = "progress.db";
    public static final String PACKS = "packs.json";

    /** The packs installed now. */
    @FunctionalInterface
    public interface InstalledPacks {
        List<PackRecord> list() throws BackupException;
    }

    private final DataFolder data;
    private final String senderoVersion;
    private final InstalledPacks packs;
    private final Clock clock;

    public BackupWriter(DataFolder data, String senderoVersion, InstalledPacks packs, Clock clock) {
        this.data = data;
        this.senderoVersion = senderoVersion;
        this.packs = packs;
        this.clock = clock;
    }

    public Manifest write(Path target) throws BackupException {
        Path database = data.progressDatabase();
        if (!Files.isRegularFile(database)) {
            throw new BackupException(database + ": no learner records here yet; nothing to back up");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("sendero-backup");
            Map<String, Path> entries = new LinkedHashMap<>();
            Path copy = work.resolve(DATABASE);
            new SqliteFile(database).copyTo(copy);
            entries.put(DATABASE, copy);
            List<PackRecord> installed = packs.list();
            Path packList = work.resolve(PACKS);
            Files.writeString(packList, new Gson().toJson(installed), StandardCharsets.UTF_8);
            entries.put(PACKS, packList);
            entries.putAll(new SettingsFiles(data).present());
            SqliteFile snapshot = new SqliteFile(copy);
            Map<String, String> hashes = new LinkedHashMap<>();
            for (Map.Entry<String, Path> entry : entries.entrySet()) {
                hashes.put(entry.getKey(), Sha256.of(entry.getValue()));
            }
            Manifest manifest = new Manifest(Manifest.FORMAT, clock.instant().toString(), senderoVersion,
                    snapshot.userVersion(), snapshot.count("learner"), snapshot.count("note"), installed, hashes);
            DurableFiles.write(target, out -> zip(entries, manifest, out));
            return manifest;
        } catch (SQLException e) {
            throw new BackupException(database + ": cannot copy it: " + SqliteFile.reason(e), e);
        } catch (IOException e) {
            throw new BackupException(target + ": cannot write it: " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static void zip(Map<String, Path> entries, Manifest manifest, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, Path> entry : entries.entrySet()) {
            zip.putNextEntry(new ZipEntry(entry.getKey()));
            Files.copy(entry.getValue(), zip);
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail a backup that was written
        }
    }
}
