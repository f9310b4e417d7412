package org.sendero.progress.export;

import java.time.Instant;

/** A statement the Learning Record Store refused for good, with the reason it gave. */
public record RefusedStatement(String id, String verb, String learnerId, Instant queued, String reason) {
}
