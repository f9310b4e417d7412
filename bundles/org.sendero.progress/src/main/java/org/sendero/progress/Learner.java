package org.sendero.progress;

import java.time.Instant;

/**
 * A person who uses this PC to learn.
 *
 * @param id a random UUID, never shown, also the account name in exported statements, so that two
 *        offices' learners with the same name stay apart
 */
public record Learner(String id, String name, boolean hasPin, Instant created) {
}
