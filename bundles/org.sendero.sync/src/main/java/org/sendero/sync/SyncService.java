package org.sendero.sync;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.sendero.progress.export.RefusedStatement;

/**
 * Sends the progress database's outbox to a Learning Record Store in the background. Nothing here
 * blocks on the network: pushes run on one background thread, {@link #status()} returns the last
 * known status at once. A service.
 */
public interface SyncService {

    /** The status as last known; never blocks. */
    SyncStatus status();

    /**
     * Counts the outbox again (on the sync thread) and completes with the new status, e.g. after an
     * answer was recorded; never pushes.
     */
    CompletableFuture<SyncStatus> refresh();

    /** Told of every new status, on the sync thread (a UI must hop to its own thread). */
    void addListener(Consumer<SyncStatus> listener);

    void removeListener(Consumer<SyncStatus> listener);

    SyncSettings settings() throws SyncException;

    /**
     * Saves the settings; a present {@code secret} replaces the one in secure storage (its array is
     * cleared afterwards). Sending starts at once when enabled and configured.
     */
    void configure(SyncSettings settings, Optional<char[]> secret) throws SyncException;

    /**
     * Pushes now, without waiting for the back-off to end. The future completes with the status
     * after the push; it never completes exceptionally (a problem is in the status).
     */
    CompletableFuture<SyncStatus> pushNow();

    /** The results the server refused for good, with its reasons, for the trainer. */
    List<RefusedStatement> refusals() throws SyncException;
}
