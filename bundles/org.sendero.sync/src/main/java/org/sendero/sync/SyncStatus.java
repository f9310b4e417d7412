package org.sendero.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * What the status line shows: counts from the outbox and how the last push went. A value, safe to
 * read from any thread.
 *
 * @param enabled sending is on
 * @param configured an endpoint and a key are set
 * @param sending a push is under way
 * @param waiting results queued and not yet sent
 * @param sent results the server has stored
 * @param refused results the server refused for good (a conflict), see {@link SyncService#refusals()}
 * @param lastSent when a result was last stored by the server
 * @param problem why the last push stopped, empty when it went through
 * @param nextTry when the next automatic push is due after a problem
 */
public record SyncStatus(boolean enabled, boolean configured, boolean sending, long waiting, long sent, long refused,
        Optional<Instant> lastSent, Optional<SyncProblem> problem, Optional<Instant> nextTry) {

    public SyncStatus {
        lastSent = lastSent == null ? Optional.empty() : lastSent;
        problem = problem == null ? Optional.empty() : problem;
        nextTry = nextTry == null ? Optional.empty() : nextTry;
    }
}
