package org.sendero.content.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Extracts a pack archive into an empty folder, refusing, before a single byte is written, any
 * entry that could land outside it (.., absolute paths, drive letters, backslashes), links,
 * duplicate names, too many entries, too many bytes or a suspicious compression ratio (of one entry or of
 * the whole archive). While
 * extracting, sizes are counted again, because a zip's declared sizes can lie.
 */
public final class SafeUnzip {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private SafeUnzip() {
    }

    /** @throws IOException with a message for the user naming the entry and the reason */
    public static void extract(Path zip, Path folder, ArchiveLimits limits) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        List<ZipDirectory.Entry> entries = ZipDirectory.read(zip, limits.maxEntries());
        check(entries, Files.size(zip), limits);
        long total = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            int count = 0;
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++count > entries.size()) {
                    throw new IOException("damaged archive: more entries than its directory declares");
                }
                refuseUnsafeName(entry.getName());
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException(entry.getName() + ": would be written outside the pack folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                total += copy(file, entry, destination, limits, total);
            }
        } catch (ZipException e) {
            throw new IOException("damaged archive: " + e.getMessage(), e);
        }
    }

    static void check(List<ZipDirectory.Entry> entries, long archiveBytes, ArchiveLimits limits) throws IOException {
        long total = 0;
        Map<String, String> names = new HashMap<>();
        for (ZipDirectory.Entry entry : entries) {
            refuseUnsafeName(entry.name());
            if (entry.symbolicLink()) {
                throw new IOException(entry.name() + ": links are not allowed in a pack");
            }
            String folded = entry.name().toLowerCase(Locale.ROOT);
            if (names.containsKey(folded)) {
                throw new IOException(
                        entry.name() + ": appears twice in the archive (also as " + names.get(folded) + ")");
            }
            names.put(folded, entry.name());
            if (entry.size() > limits.maxEntryBytes()) {
                throw new IOException(
                        entry.name() + ": " + entry.size() + " bytes, more than the " + limits.maxEntryBytes()
                                + " allowed for one file");
            }
            if (entry.size() > limits.ratioFloor()
                    && entry.size() > (long) limits.maxRatio() * Math.max(1, entry.compressedSize())) {
                throw new IOException(
                        entry.name() + ": compressed " + entry.size() / Math.max(1, entry.compressedSize())
                                + " to 1, a zip bomb; refused");
            }
            total += entry.size();
            if (total > limits.maxTotalBytes()) {
                throw new IOException("the archive expands to more than " + limits.maxTotalBytes() + " bytes; refused");
            }
        }
        // many small entries of zeros pass the check of each entry: the whole archive is checked too
        if (total > limits.ratioFloor() && total > (long) limits.maxRatio() * Math.max(1, archiveBytes)) {
            throw new IOException("the archive expands from " + archiveBytes + " to " + total + " bytes ("
                    + total / Math.max(1, archiveBytes) + " to 1), a zip bomb; refused");
        }
    }

    static void refuseUnsafeName(String name) throws IOException {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IOException("an entry has an empty or binary name");
        }
        if (name.contains("\\")) {
            throw new IOException(name + ": backslashes are not allowed in entry names");
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            throw new IOException(name + ": absolute paths are not allowed in a pack");
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..")) {
                throw new IOException(name + ": '..' would leave the pack folder");
            }
            if (part.equals(".") || (part.isEmpty() && !name.endsWith("/"))) {
                throw new IOException(name + ": not a plain relative path");
            }
        }
    }

    private static long copy(ZipFile file, ZipEntry entry, Path destination, ArchiveLimits limits, long totalSoFar)
            throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = file.getInputStream(entry);
                OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                written += read;
                if (written > limits.maxEntryBytes() || totalSoFar + written > limits.maxTotalBytes()
                        || (entry.getSize() >= 0 && written > entry.getSize())) {
                    throw new IOException(entry.getName() + ": expands beyond its declared size; refused");
                }
                out.write(buffer, 0, read);
            }
        }
        return written;
    }
}
