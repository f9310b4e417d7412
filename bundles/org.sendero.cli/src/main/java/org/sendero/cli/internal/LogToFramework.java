package org.sendero.cli.internal;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.osgi.framework.log.FrameworkLog;
import org.eclipse.osgi.framework.log.FrameworkLogEntry;

/**
 * Sends the JDK's logging (used by PDFBox, Lucene and Sendero's own {@code System.Logger}) to the
 * log file instead of the terminal: on the command line, standard error is for the one line that
 * tells the user what went wrong, and a library's warning there reads like a failure.
 */
final class LogToFramework extends Handler {

    private static final String BUNDLE = "org.sendero.cli";

    private final FrameworkLog log;

    private LogToFramework(FrameworkLog log) {
        this.log = log;
        setLevel(Level.WARNING);
    }

    /** Replaces the root logger's console output with the framework log. */
    static void install(FrameworkLog log) {
        Logger root = LogManager.getLogManager().getLogger("");
        // the command line service runs many commands in one framework (the tests): install once
        if (java.util.Arrays.stream(root.getHandlers()).anyMatch(LogToFramework.class::isInstance)) {
            return;
        }
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
        if (log != null) {
            root.addHandler(new LogToFramework(log));
        }
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        int severity = record.getLevel().intValue() >= Level.SEVERE.intValue()
                ? FrameworkLogEntry.ERROR : FrameworkLogEntry.WARNING;
        String message = record.getLoggerName() + ": " + record.getMessage();
        log.log(new FrameworkLogEntry(BUNDLE, severity, 0, message, 0, record.getThrown(), null));
    }

    @Override
    public void flush() {
        // the framework log writes each entry as it comes
    }

    @Override
    public void close() {
        // the framework owns the log file
    }
}
