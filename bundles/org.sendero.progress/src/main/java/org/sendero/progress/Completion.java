package org.sendero.progress;

import java.time.Instant;
import java.util.Optional;

/**
 * A module, or with no module a whole course, that a learner completed.
 *
 * @param id a random UUID, for a stable statement id on export
 */
public record Completion(String id, String learnerId, String packId, String courseId, Optional<String> moduleId,
        Instant completed) {
}
