package org.sendero.content;

import java.util.List;
import java.util.Optional;

import org.sendero.core.content.Pack;

/**
 * What reading a pack gave: the pack when it has no errors, and every problem found, errors and
 * warnings, in file order.
 */
public record PackReport(Optional<Pack> pack, List<Problem> problems) {

    public PackReport {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
