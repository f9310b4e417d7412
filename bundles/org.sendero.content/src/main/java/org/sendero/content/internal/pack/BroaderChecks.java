package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the broader concepts of a thesaurus: each must be a concept of the same file, and
 * following broader concepts upwards must end at a top concept instead of going round in a cycle.
 */
final class BroaderChecks {

    private final List<ConceptEntry> entries;
    private final Map<String, ConceptEntry> byId = new HashMap<>();

    BroaderChecks(List<ConceptEntry> entries) {
        this.entries = entries;
        entries.forEach(entry -> byId.putIfAbsent(entry.concept().id(), entry));
    }

    void check() {
        for (ConceptEntry entry : entries) {
            entry.concept().broader().ifPresent(broader -> {
                if (!byId.containsKey(broader)) {
                    entry.broaderNode().orElseThrow().error("unknown broader concept '" + broader
                            + "' of concept '" + entry.concept().id() + "'");
                }
            });
        }
        Set<String> reported = new HashSet<>();
        for (ConceptEntry entry : entries) {
            List<String> cycle = cycleFrom(entry);
            if (!cycle.isEmpty() && reported.add(entry.concept().id())) {
                reported.addAll(cycle);
                entry.broaderNode().orElseThrow()
                        .error("broader concepts go round in a cycle: " + String.join(" -> ", cycle));
            }
        }
    }

    /** The cycle that starts and ends at {@code start}, or empty when going up from it ends. */
    private List<String> cycleFrom(ConceptEntry start) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ConceptEntry current = start;
        while (current != null && seen.add(current.concept().id())) {
            path.add(current.concept().id());
            current = current.concept().broader().map(byId::get).orElse(null);
        }
        if (current == null || !current.concept().id().equals(start.concept().id())) {
            return List.of();
        }
        path.add(start.concept().id());
        return path;
    }
}
