package org.sendero.reports.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ServiceConfigurationError;

/**
 * A report output that could not be written, told as one line. Whatever stops an output (a full
 * disk, a folder that is a file, a library missing at run time) ends as
 * {@code sendero report: cannot write FILE: why} and exit status 1, never as a silent 0; the files
 * themselves are written beside their target and moved into place, so nothing half-written stays.
 */
final class OutputFailure {

    /** Writing one output. */
    interface Output {
        void write() throws IOException;
    }

    private OutputFailure() {
    }

    /** Runs {@code output}; false, with the line on {@code err}, when it fails. */
    static boolean guard(String target, PrintStream err, Output output) {
        try {
            output.write();
            return true;
        } catch (IOException | RuntimeException | LinkageError | ServiceConfigurationError e) {
            // a LinkageError is a library the product lacks at run time (NoClassDefFoundError): the
            // trainer can do nothing but report it, and must not be told all went well
            err.println("sendero report: cannot write " + target + ": " + cause(e));
            return false;
        }
    }

    /** Why, in one line. */
    static String cause(Throwable e) {
        String why = switch (e) {
            case AccessDeniedException denied -> "permission denied";
            case NoSuchFileException missing -> "no such folder";
            case NotDirectoryException notFolder -> notFolder.getFile() + " is not a folder";
            case FileAlreadyExistsException inTheWay -> inTheWay.getFile() + " is a file, not a folder";
            case FileSystemException fs -> fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName().replace("Exception", "") + ": " + fs.getFile();
            case IOException io when io.getMessage() != null -> io.getMessage();
            default -> e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
        };
        return why.lines().findFirst().orElse(e.getClass().getSimpleName()).strip();
    }
}
