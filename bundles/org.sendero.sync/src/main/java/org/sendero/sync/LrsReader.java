package org.sendero.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonObject;

/**
 * Reads statements back from the configured Learning Record Store for trainers' reports: GET
 * {@code statements} with {@code since}/{@code until}, following {@code more} links, keeping only
 * the statements of the office (actor account home page, or activity ids under the home page). A
 * service.
 */
public interface LrsReader {

    /** The office's statements stored in the interval, oldest first. */
    List<JsonObject> statements(Optional<Instant> since, Optional<Instant> until) throws SyncException;

    /**
     * The same statements written as an xAPI result file (a JSON array, as an export writes it), so
     * that a report reads them exactly as it reads files.
     */
    Path download(Optional<Instant> since, Optional<Instant> until, Path file) throws SyncException;
}
