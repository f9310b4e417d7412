package org.sendero.diagnostics;

import java.nio.file.Path;
import java.util.List;

/**
 * A diagnostics file that was written.
 *
 * @param file where it is
 * @param entries the names of the entries in it
 * @param report the health summary it holds
 */
public record SavedDiagnostics(Path file, List<String> entries, HealthReport report) {

    public SavedDiagnostics {
        entries = List.copyOf(entries);
    }
}
