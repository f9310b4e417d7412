package org.sendero.backup.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.backup.BackupException;
import org.sendero.backup.internal.archive.Manifest;
import org.sendero.backup.testing.OfficeRecords;

/**
 * A backup that is cut short, damaged, altered, newer than this Sendero or of an unknown format is
 * refused with one line naming the file and the cause, and the records in place stay exactly as
 * they were, byte for byte, with nothing left behind in the data folder.
 */
class RefusedBackupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private OfficeRecords office;
    private Path backup;
    private byte[] recordsBefore;
    private List<String> folderBefore;

    @BeforeEach
    void anOfficeAndAGoodBackup() throws Exception {
        OfficeRecords elsewhere = new OfficeRecords(temp.resolve("elsewhere")).withLearners(OfficeRecords.SCHEMA,
                "Ana", "Luis");
        backup = temp.resolve("backup.zip");
        elsewhere.service(CLOCK).backUp(backup);
        office = new OfficeRecords(temp.resolve("office")).withLearners(OfficeRecords.SCHEMA, "Marta")
                .withSetting("org.sendero.ui.prefs", "language=fr\n");
        recordsBefore = Files.readAllBytes(office.data().progressDatabase());
        folderBefore = listing(office.data().root());
    }

    @Test
    void aTruncatedBackupIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(backup);
        Files.write(backup, Arrays.copyOf(whole, whole.length * 2 / 3));

        assertRefused("damaged or cut short");
    }

    @Test
    void aBackupWithADamagedByteIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(backup);
        long offset = dataOffset("progress.db");
        bytes[(int) offset + 40] ^= 0x5a;
        Files.write(backup, bytes);

        assertRefused("progress.db");
    }

    @Test
    void aDatabaseReplacedWithoutItsHashIsRefused() throws Exception {
        rewrite(entries -> {
            byte[] database = entries.get("progress.db");
            database[database.length / 2] ^= 0x01;
            return entries;
        }, UnaryOperator.identity());

        assertRefused("does not match its SHA-256");
    }

    @Test
    void aDamagedDatabaseWithAMatchingHashIsRefusedBySqlitesCheck() throws Exception {
        rewrite(entries -> {
            byte[] database = entries.get("progress.db");
            // the second page onwards: the tables' pages, not the header SQLite reads first
            Arrays.fill(database, 4096, database.length, (byte) 0x7f);
            return entries;
        }, this::withHashesOfTheEntries);

        assertRefused("progress database");
    }

    @Test
    void aBackupFromANewerSenderoIsRefusedSayingSo() throws Exception {
        OfficeRecords newer = new OfficeRecords(temp.resolve("newer")).withLearners(OfficeRecords.SCHEMA + 1, "Ana");
        newer.service(CLOCK).backUp(backup);

        BackupException refused = assertRefused("made by a newer Sendero");
        assertTrue(refused.getMessage().contains("progress schema " + (OfficeRecords.SCHEMA + 1)),
                refused.getMessage());
    }

    @Test
    void anUnknownFormatIsRefused() throws Exception {
        rewrite(UnaryOperator.identity(), manifest -> manifest.replace("\"format\": 1", "\"format\": 2"));

        assertRefused("backup format 2");
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws Exception {
        rewrite(entries -> {
            entries.put("settings/../../escape.prefs", "x".getBytes(StandardCharsets.UTF_8));
            return entries;
        }, UnaryOperator.identity());

        assertRefused("which its manifest does not list");
    }

    @Test
    void aFileThatIsNoBackupIsRefused() throws Exception {
        Files.writeString(backup, "learners: Ana, Luis\n");

        assertRefused("not a Sendero backup");
    }

    private BackupException assertRefused(String cause) throws Exception {
        BackupException refused = assertThrows(BackupException.class, () -> office.service(CLOCK).restore(backup));
        String message = refused.getMessage();
        assertTrue(message.startsWith(backup.toString()), message);
        assertTrue(message.contains(cause), message);
        assertTrue(message.endsWith("(nothing was replaced)"), message);
        assertFalse(message.contains("\n"), message);
        assertArrayEquals(recordsBefore, Files.readAllBytes(office.data().progressDatabase()));
        assertEquals(List.of("Marta"), office.learners());
        assertEquals("language=fr\n", office.setting("org.sendero.ui.prefs"));
        assertEquals(folderBefore, listing(office.data().root()), "the data folder changed");
        return refused;
    }

    /** Where an entry's bytes start in the zip file. */
    private long dataOffset(String name) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            byte[] bytes = Files.readAllBytes(backup);
            byte[] header = name.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length - header.length; i++) {
                if (Arrays.equals(bytes, i, i + header.length, header, 0, header.length)) {
                    return i + header.length + (entry.getExtra() == null ? 0 : entry.getExtra().length);
                }
            }
            throw new AssertionError(name + " not found");
        }
    }

    /** Writes the backup again with entries and manifest changed (the manifest's hashes as they were). */
    private void rewrite(UnaryOperator<Map<String, byte[]>> entries, UnaryOperator<String> manifest)
            throws IOException {
        Map<String, byte[]> read = new java.util.LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    read.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        String json = new String(read.remove(Manifest.ENTRY), StandardCharsets.UTF_8);
        Map<String, byte[]> changed = entries.apply(read);
        rewritten = changed;
        json = manifest.apply(json);
        changed.put(Manifest.ENTRY, json.getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(backup); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : changed.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }

    private Map<String, byte[]> rewritten;

    /** The manifest with the SHA-256 of the entries as they are now written. */
    private String withHashesOfTheEntries(String json) {
        Manifest read = Manifest.fromJson(json);
        Map<String, String> hashes = new java.util.TreeMap<>();
        rewritten.forEach((name, bytes) -> hashes.put(name, sha256(bytes)));
        return new Manifest(read.format(), read.created(), read.senderoVersion(), read.schemaVersion(), read.learners(),
                read.notes(), read.packs(), hashes).toJson();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            files.forEach(file -> names.add(file.getFileName().toString()));
        }
        names.sort(null);
        return names;
    }
}
