package org.sendero.sync.internal;

import java.time.Duration;

/**
 * How long to wait before the next automatic push after failures in a row: doubling from
 * {@code first} up to {@code longest}, so that an office offline for days is not tried every
 * second and is tried again soon after a short outage.
 */
public record Backoff(Duration first, Duration longest) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    public Duration after(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
