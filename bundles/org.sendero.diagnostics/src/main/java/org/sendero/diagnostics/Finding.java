package org.sendero.diagnostics;

import java.util.Optional;

/**
 * The outcome of one health check, in words an office's IT person acts on.
 *
 * @param check what was checked, e.g. "Search index"
 * @param status whether it is fine
 * @param detail what was found, on one line
 * @param advice what to do about it; empty when nothing needs doing
 */
public record Finding(String check, Status status, String detail, Optional<String> advice) {

    /** How much a finding matters. */
    public enum Status {
        /** Nothing to do. */
        OK,
        /** Worth knowing, but Sendero works: the exit code stays 0. */
        NOTE,
        /** Something does not work or will soon stop working: the exit code is 1. */
        PROBLEM
    }

    public Finding {
        advice = advice == null ? Optional.empty() : advice;
    }

    public static Finding ok(String check, String detail) {
        return new Finding(check, Status.OK, detail, Optional.empty());
    }

    public static Finding note(String check, String detail, String advice) {
        return new Finding(check, Status.NOTE, detail, Optional.of(advice));
    }

    public static Finding problem(String check, String detail, String advice) {
        return new Finding(check, Status.PROBLEM, detail, Optional.of(advice));
    }
}
