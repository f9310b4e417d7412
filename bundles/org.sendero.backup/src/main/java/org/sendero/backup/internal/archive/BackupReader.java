package org.sendero.backup.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.sendero.backup.BackupException;
import org.sendero.backup.BackupSummary;
import org.sendero.backup.PackRecord;
import org.sendero.core.DataFolder;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Unpacks a backup and checks all of it before anything may be restored from it: the zip is whole,
 * the manifest's format is known, every entry is listed with the right SHA-256 and nothing else is
 * there, SQLite finds the database sound, and its schema is not newer than this Sendero's.
 */
public final class BackupReader {

    private static final long MAX_MANIFEST = 1 << 20;
    private static final long MAX_TOTAL = 16L << 30;
    private static final int MAX_ENTRIES = 500;

    private final SettingsFiles settings;
    private final int currentSchema;

    public BackupReader(DataFolder data, int currentSchema) {
        this.settings = new SettingsFiles(data);
        this.currentSchema = currentSchema;
    }

    /** Checks {@code backup}, unpacking it into a new folder inside {@code parent}. */
    public VerifiedBackup read(Path backup, Path parent) throws BackupException {
        if (!Files.isRegularFile(backup)) {
            throw new BackupException(backup + ": no such file");
        }
        Path folder = null;
        boolean verified = false;
        try (ZipFile zip = new ZipFile(backup.toFile(), StandardCharsets.UTF_8)) {
            Files.createDirectories(parent);
            folder = Files.createTempDirectory(parent, ".restore-");
            VerifiedBackup result = verify(backup, zip, folder);
            verified = true;
            return result;
        } catch (ZipException e) {
            throw refused(backup, "not a Sendero backup, or damaged or cut short (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw refused(backup, "cannot read it: " + e.getMessage());
        } finally {
            if (!verified) {
                BackupWriter.deleteQuietly(folder);
            }
        }
    }

    private VerifiedBackup verify(Path backup, ZipFile zip, Path folder) throws IOException, BackupException {
        Manifest manifest = manifest(backup, zip);
        Map<String, Path> unpacked = new HashMap<>();
        long total = 0;
        int count = 0;
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
            ZipEntry entry = all.nextElement();
            if (++count > MAX_ENTRIES) {
                throw refused(backup, "more than " + MAX_ENTRIES + " entries");
            }
            String name = entry.getName();
            if (name.equals(Manifest.ENTRY)) {
                continue;
            }
            String expected = manifest.entries().get(name);
            if (expected == null || !known(name)) {
                throw refused(backup, "holds " + name + ", which its manifest does not list");
            }
            Path file = folder.resolve("entry-" + unpacked.size());
            total += copyChecked(backup, zip, entry, file, expected, MAX_TOTAL - total);
            unpacked.put(name, file);
        }
        for (String listed : manifest.entries().keySet()) {
            if (!unpacked.containsKey(listed)) {
                throw refused(backup, "lacks " + listed + ", which its manifest lists");
            }
        }
        Path database = unpacked.get(BackupWriter.DATABASE);
        if (database == null) {
            throw refused(backup, "holds no progress database");
        }
        Path placed = folder.resolve(BackupWriter.DATABASE);
        Files.move(database, placed);
        SqliteFile sqlite = new SqliteFile(placed);
        try {
            String integrity = sqlite.integrity();
            if (!integrity.equals("ok")) {
                throw refused(backup, "its progress database is damaged: " + integrity);
            }
            int schema = sqlite.userVersion();
            if (schema > currentSchema) {
                throw refused(backup, "made by a newer Sendero (progress schema " + schema
                        + "; this Sendero reads up to " + currentSchema + "): update Sendero, then restore it");
            }
            BackupSummary summary = new BackupSummary(created(backup, manifest), manifest.senderoVersion(), schema,
                    sqlite.count("learner"), sqlite.count("note"), packs(backup, unpacked.get(BackupWriter.PACKS)),
                    unpacked.keySet().stream().filter(name -> name.startsWith(SettingsFiles.PREFIX)).sorted()
                            .map(name -> name.substring(name.lastIndexOf('/') + 1)).toList());
            Map<Path, Path> settingsFiles = new HashMap<>();
            unpacked.forEach(
                    (name, file) -> settings.target(name).ifPresent(target -> settingsFiles.put(target, file)));
            return new VerifiedBackup(summary, folder, placed, settingsFiles);
        } catch (SQLException e) {
            throw refused(backup, "its progress database cannot be read: " + SqliteFile.reason(e));
        }
    }

    private boolean known(String name) {
        return name.equals(BackupWriter.DATABASE) || name.equals(BackupWriter.PACKS)
                || settings.target(name).isPresent();
    }

    private static Manifest manifest(Path backup, ZipFile zip) throws IOException, BackupException {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw refused(backup, "not a Sendero backup (no " + Manifest.ENTRY + ")");
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes((int) MAX_MANIFEST + 1);
        }
        if (bytes.length > MAX_MANIFEST) {
            throw refused(backup, Manifest.ENTRY + " is too large");
        }
        Manifest manifest;
        try {
            manifest = Manifest.fromJson(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw refused(backup, Manifest.ENTRY + " is not valid: " + e.getMessage());
        }
        if (manifest.format() != Manifest.FORMAT) {
            throw refused(backup, "written in backup format " + manifest.format() + "; this Sendero reads format "
                    + Manifest.FORMAT);
        }
        return manifest;
    }

    /** Unpacks one entry, counting the bytes (not trusting the zip's sizes), and compares its hash. */
    private static long copyChecked(Path backup, ZipFile zip, ZipEntry entry, Path file, String expected, long room)
            throws IOException, BackupException {
        MessageDigest digest = Sha256.digest();
        long size = 0;
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                if (size > room) {
                    throw refused(backup, "unpacks to more than " + (MAX_TOTAL >> 30) + " GiB");
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw refused(backup, entry.getName() + " is damaged or cut short (" + e.getMessage() + ")");
        }
        if (!HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(expected)) {
            throw refused(backup, entry.getName() + " does not match its SHA-256 in the manifest (damaged or altered)");
        }
        return size;
    }

    private static Instant created(Path backup, Manifest manifest) throws BackupException {
        try {
            return Instant.parse(Optional.ofNullable(manifest.created()).orElse(""));
        } catch (DateTimeParseException e) {
            throw refused(backup, "its manifest has no valid date");
        }
    }

    private static List<PackRecord> packs(Path backup, Path file) throws IOException, BackupException {
        if (file == null) {
            return List.of();
        }
        try {
            PackRecord[] read = new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), PackRecord[].class);
            return read == null ? List.of() : new ArrayList<>(List.of(read));
        } catch (JsonParseException e) {
            throw refused(backup, BackupWriter.PACKS + " is not valid: " + e.getMessage());
        }
    }

    private static BackupException refused(Path backup, String reason) {
        return new BackupException(backup + ": " + reason);
    }
}
