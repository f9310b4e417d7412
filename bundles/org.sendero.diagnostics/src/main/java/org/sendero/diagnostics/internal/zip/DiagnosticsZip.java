package org.sendero.diagnostics.internal.zip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.sendero.core.AtomicFiles;
import org.sendero.diagnostics.DiagnosticsProgress;

/**
 * Writes the diagnostics zip whole or not at all. Every entry is text and goes through the
 * {@link Redactor}, its name too; then its bytes are scanned once more, and an entry that still
 * holds a learner's name is left out (its name listed in README.txt), so that no path through
 * which a name might slip reaches support.
 */
public final class DiagnosticsZip {

    /** Logs are cut to their last 2 MB: the recent past is what support reads. */
    static final int MOST_LOG_BYTES = 2 * 1024 * 1024;

    /** The text of one entry, read when it is written. */
    @FunctionalInterface
    public interface Text {
        String read() throws IOException;
    }

    /** One entry of the zip. */
    public record Entry(String name, Text text) {
    }

    private DiagnosticsZip() {
    }

    /** An entry holding the end of a log file. */
    public static Entry log(String name, Path file) {
        return new Entry(name, () -> tail(file));
    }

    /**
     * @param readme the first lines of README.txt: what the file holds
     * @return the names of the entries written
     */
    public static List<String> write(Path zip, String readme, List<Entry> entries, Redactor redactor,
            DiagnosticsProgress progress) throws IOException {
        List<String> written = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        AtomicFiles.write(zip, out -> {
            ZipOutputStream zipOut = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Set<String> names = new LinkedHashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                progress.step(entry.name(), i, entries.size() + 1);
                if (progress.cancelled()) {
                    throw new CancellationException("the diagnostics file was not written: cancelled");
                }
                String name = unique(names, redactor.redact(entry.name()));
                byte[] bytes;
                try {
                    bytes = redactor.redact(entry.text().read()).getBytes(StandardCharsets.UTF_8);
                } catch (IOException e) {
                    bytes = ("cannot be read: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
                    bytes = redactor.redact(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                if (redactor.leaks(bytes) || redactor.leaks(name.getBytes(StandardCharsets.UTF_8))) {
                    leftOut.add(redactor.leaks(name.getBytes(StandardCharsets.UTF_8)) ? "an entry" : name);
                    continue;
                }
                put(zipOut, name, bytes);
                written.add(name);
            }
            progress.step("README.txt", entries.size(), entries.size() + 1);
            StringBuilder text = new StringBuilder(readme);
            if (!leftOut.isEmpty()) {
                text.append("\nLeft out because a learner's name remained in them after redaction: ")
                        .append(String.join(", ", leftOut)).append('\n');
            }
            byte[] readmeBytes = redactor.redact(text.toString()).getBytes(StandardCharsets.UTF_8);
            if (!redactor.leaks(readmeBytes)) {
                put(zipOut, "README.txt", readmeBytes);
                written.add("README.txt");
            }
            zipOut.finish();
        });
        return written;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = name + "." + n;
        }
        return candidate;
    }

    /** The last {@link #MOST_LOG_BYTES} of a file, as UTF-8 (anything else becomes replacement characters). */
    static String tail(Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            long skip = Math.max(0, size - MOST_LOG_BYTES);
            in.skipNBytes(skip);
            String text = new String(in.readNBytes(MOST_LOG_BYTES), StandardCharsets.UTF_8);
            return skip > 0 ? "[the first " + skip + " bytes were left out]\n" + text : text;
        }
    }
}
