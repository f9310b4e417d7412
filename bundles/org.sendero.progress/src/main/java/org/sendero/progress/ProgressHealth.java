package org.sendero.progress;

/** Checks the progress database without changing it, for diagnostics. A service. */
public interface ProgressHealth {

    /** Runs SQLite's integrity check and counts the rows of each kind. */
    DatabaseHealth check() throws ProgressException;
}
