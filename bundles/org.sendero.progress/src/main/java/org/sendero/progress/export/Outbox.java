package org.sendero.progress.export;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.sendero.core.content.Pack;
import org.sendero.progress.ProgressException;

/**
 * The statements waiting to be sent to a Learning Record Store. Every statement of the xAPI export
 * is queued here in the transaction that records what it reports (answers, lessons, attempts,
 * completions, practice), so that nothing recorded can be missed by a sync. A service.
 */
public interface Outbox {

    /**
     * Up to {@code max} waiting statements, oldest first, built exactly as the xAPI export builds
     * them with {@code homePage} and {@code packs}.
     */
    List<QueuedStatement> waiting(int max, URI homePage, List<Pack> packs) throws ProgressException;

    /** Marks statements the Learning Record Store has stored (or already had): never sent again. */
    void sent(List<QueuedStatement> statements, Instant at) throws ProgressException;

    /**
     * Marks a statement the Learning Record Store refused for good (a conflict), with its reason:
     * never sent again, shown to the trainer.
     */
    void refused(QueuedStatement statement, String reason) throws ProgressException;

    OutboxCounts counts() throws ProgressException;

    /** The statements refused for good, oldest first. */
    List<RefusedStatement> refusals() throws ProgressException;
}
