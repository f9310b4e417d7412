package org.sendero.reports.internal.read;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.sendero.reports.ReportLearner;

/**
 * The parts of an xAPI statement a report uses.
 *
 * @param verb the last segment of the verb id: experienced, completed, answered, passed, failed...
 * @param objectId the object's activity id as written
 * @param object what the activity id names; empty for activities of other tools
 * @param success the result's success, when there is one
 * @param scaled the result's scaled score, when there is one
 * @param registration the attempt the statement belongs to, for answers and judged attempts
 * @param names every activity of this tool the statement names (object and context), with its name
 *        by language (empty when the statement gives none)
 */
public record Statement(String id, ReportLearner learner, String verb, String objectId, Optional<ActivityPath> object,
        Optional<Boolean> success, OptionalDouble scaled, Optional<String> registration,
        Map<ActivityPath, Map<String, String>> names) {

    public Statement {
        names = Map.copyOf(names);
        names.values().forEach(java.util.Objects::requireNonNull);
    }

    /** Fully right: success, or a full score when success is not given. */
    public boolean correct() {
        return success.orElseGet(() -> scaled.isPresent() && scaled.getAsDouble() >= 1.0);
    }
}
