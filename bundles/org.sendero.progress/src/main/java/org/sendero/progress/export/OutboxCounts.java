package org.sendero.progress.export;

import java.time.Instant;
import java.util.Optional;

/**
 * How many statements wait, were sent and were refused; when the last one was sent.
 */
public record OutboxCounts(long waiting, long sent, long refused, Optional<Instant> lastSent) {
}
