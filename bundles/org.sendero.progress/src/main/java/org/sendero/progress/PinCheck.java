package org.sendero.progress;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer to a PIN entered for a learner.
 *
 * @param retryAfter after repeated wrong PINs, the moment before which no PIN is even checked
 */
public record PinCheck(Outcome outcome, Optional<Instant> retryAfter) {

    public enum Outcome {
        /** The PIN is right, or the learner has none. */
        ACCEPTED,
        /** The PIN is wrong. */
        WRONG,
        /** Too many wrong PINs: wait until {@code retryAfter}; this PIN was not checked. */
        WAIT
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
