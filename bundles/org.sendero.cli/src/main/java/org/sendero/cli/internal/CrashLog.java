package org.sendero.cli.internal;

import java.nio.file.Path;

/**
 * Where an unexpected failure of a command is written in full, so that the user sees one line and
 * support still has the stack trace.
 */
@FunctionalInterface
public interface CrashLog {

    /**
     * Keeps the failure's details.
     *
     * @return the file the details went to, named in the line the user sees
     */
    Path record(String command, Throwable failure);
}
