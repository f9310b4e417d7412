package org.sendero.reports.internal.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of all files, each id once: a learner who exports twice, or a trainer who loads
 * the same file from two USB sticks, does not count twice. The export writes a statement only for
 * what can no longer change, so the first copy met is as good as any other.
 */
public final class StatementPool {

    private final Map<String, Statement> byId = new LinkedHashMap<>();
    private int duplicates;

    /** Adds the statements of one file. */
    public void addAll(List<Statement> statements) {
        for (Statement statement : statements) {
            if (byId.putIfAbsent(statement.id(), statement) != null) {
                duplicates++;
            }
        }
    }

    public List<Statement> statements() {
        return new ArrayList<>(byId.values());
    }

    public int duplicates() {
        return duplicates;
    }
}
