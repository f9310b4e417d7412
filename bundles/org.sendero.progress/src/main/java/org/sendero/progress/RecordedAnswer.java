package org.sendero.progress;

import java.time.Duration;
import java.time.Instant;

import org.sendero.core.quiz.Response;

/** An answer as stored: committed to disk before it was returned to whoever recorded it. */
public record RecordedAnswer(String id, String attemptId, String itemId, Response response, double credit,
        Instant answered, Duration duration) {
}
