package org.sendero.progress.internal.pin;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait after consecutive wrong PINs: three tries are free (typos), then 30 seconds,
 * doubling with each further wrong PIN up to 15 minutes. A 4-digit PIN then takes weeks to guess
 * at the keyboard, while a learner who mistypes loses seconds.
 */
public final class PinBackoff {

    public static final int FREE_TRIES = 3;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private PinBackoff() {
    }

    /** The wait after {@code failures} consecutive wrong PINs; empty while under the free tries. */
    public static Optional<Duration> after(int failures) {
        if (failures < FREE_TRIES) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - FREE_TRIES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return Optional.of(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }
}
