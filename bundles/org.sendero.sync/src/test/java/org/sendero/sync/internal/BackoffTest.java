package org.sendero.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongest() {
        Backoff backoff = Backoff.DEFAULT;
        assertEquals(Duration.ZERO, backoff.after(0));
        assertEquals(Duration.ofSeconds(30), backoff.after(1));
        assertEquals(Duration.ofSeconds(60), backoff.after(2));
        assertEquals(Duration.ofMinutes(2), backoff.after(3));
        assertEquals(Duration.ofMinutes(32), backoff.after(7));
        assertEquals(Duration.ofHours(1), backoff.after(8));
        assertEquals(Duration.ofHours(1), backoff.after(1000), "no overflow after days offline");
    }
}
