package org.sendero.cli.internal;

import java.nio.file.Path;

/** The one line a user sees when a command failed in a way it did not foresee. */
final class CrashReport {

    private CrashReport() {
    }

    static String line(String command, Throwable failure, Path log) {
        return "sendero: " + command + " failed unexpectedly (" + describe(failure) + "); details are in " + log;
    }

    /** The failure's kind and message, on one line, without the stack. */
    static String describe(Throwable failure) {
        String kind = switch (failure) {
            case StackOverflowError ignored -> "the input is nested too deeply to process";
            case OutOfMemoryError ignored -> "not enough memory";
            default -> failure.getClass().getSimpleName();
        };
        String message = failure.getMessage();
        if (message == null || message.isBlank() || failure instanceof StackOverflowError) {
            return kind;
        }
        return kind + ": " + message.strip().replaceAll("\\s+", " ");
    }
}
