package org.sendero.reports;

import java.util.List;

/**
 * Learners by modules: {@code states.get(l).get(m)} is where learner {@code l} is in module
 * {@code m}.
 */
public record CompletionMatrix(List<ReportLearner> learners, List<ModuleRef> modules,
        List<List<CompletionState>> states) {

    public CompletionMatrix {
        learners = List.copyOf(learners);
        modules = List.copyOf(modules);
        states = states.stream().map(List::copyOf).toList();
        int columns = modules.size();
        if (states.size() != learners.size() || states.stream().anyMatch(row -> row.size() != columns)) {
            throw new IllegalArgumentException("a completion matrix needs one state per learner and module");
        }
    }

    public CompletionState state(int learner, int module) {
        return states.get(learner).get(module);
    }

    /** How many learners completed module {@code module}. */
    public long completedCount(int module) {
        return states.stream().filter(row -> row.get(module) == CompletionState.COMPLETED).count();
    }
}
