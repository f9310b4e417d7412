package org.sendero.cli.internal;

import java.io.File;
import java.nio.file.Path;

import org.eclipse.osgi.framework.log.FrameworkLog;
import org.eclipse.osgi.framework.log.FrameworkLogEntry;

/** Writes a command's unexpected failure, with its stack trace, to the framework's log file. */
final class FrameworkCrashLog implements CrashLog {

    private static final String BUNDLE = "org.sendero.cli";

    private final FrameworkLog log;
    private final Path fallback;

    FrameworkCrashLog(FrameworkLog log, Path fallback) {
        this.log = log;
        this.fallback = fallback;
    }

    @Override
    public Path record(String command, Throwable failure) {
        if (log == null) {
            failure.printStackTrace();
            return fallback;
        }
        log.log(new FrameworkLogEntry(BUNDLE, FrameworkLogEntry.ERROR, 0,
                "sendero " + command + " failed unexpectedly", 0, failure, null));
        File file = log.getFile();
        return file == null ? fallback : file.toPath();
    }
}
