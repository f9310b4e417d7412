package org.sendero.diagnostics;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Checks the health of this installation and writes a file for support. Nothing either produces
 * holds a learner's name, answers, notes or a secret. A service.
 */
public interface Diagnostics {

    /** Runs every check; reads only, changes nothing. */
    HealthReport check();

    /**
     * Writes the diagnostics zip: logs with learners' names and secrets removed, versions, the data
     * folder's layout and sizes, the index and database checks, and counts instead of content.
     *
     * @return what was written
     * @throws IOException when the file cannot be written, its message saying why in words (the caller
     *         names the file); nothing is left at {@code zip} then
     * @throws java.util.concurrent.CancellationException when {@code progress} asked to stop
     */
    SavedDiagnostics save(Path zip, DiagnosticsProgress progress) throws IOException;
}
