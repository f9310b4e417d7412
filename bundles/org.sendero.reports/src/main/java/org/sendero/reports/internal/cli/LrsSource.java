package org.sendero.reports.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.sendero.sync.LrsReader;
import org.sendero.sync.SyncException;

/**
 * {@code --lrs}: the office's statements read from the results server into one result file, so
 * that the report reads them as it reads files, with the same deduplication.
 */
final class LrsSource {

    private LrsSource() {
    }

    /** The downloaded statements as a file in a new temporary folder, deleted when the JVM exits. */
    static Path download(LrsReader reader, String since, String until) throws SyncException {
        Optional<Instant> from = when(since, "--since", false);
        Optional<Instant> to = when(until, "--until", true);
        try {
            Path folder = Files.createTempDirectory("sendero-lrs-report");
            Path file = folder.resolve("results-server.json");
            folder.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            return reader.download(from, to, file);
        } catch (IOException e) {
            throw new SyncException("cannot make a temporary file for the statements: " + e.getMessage(), e);
        }
    }

    /**
     * A date (2026-12-01, in UTC: from its start for --since, to its end for --until) or an instant
     * (2026-12-01T08:00:00Z).
     */
    static Optional<Instant> when(String text, String option, boolean endOfDay) throws SyncException {
        if (text == null) {
            return Optional.empty();
        }
        try {
            if (text.contains("T")) {
                return Optional.of(Instant.parse(text));
            }
            LocalDate day = LocalDate.parse(text);
            return Optional.of((endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeException e) {
            throw new SyncException(option + " " + text + ": not a date such as 2026-12-01 or 2026-12-01T08:00:00Z");
        }
    }
}
