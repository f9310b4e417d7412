package org.sendero.diagnostics;

/** Hears how far the writing of a diagnostics file is, and may stop it. */
public interface DiagnosticsProgress {

    /** Ignores the progress and never cancels. */
    DiagnosticsProgress NONE = (what, done, total) -> {
    };

    /** Step {@code done} of {@code total} is starting: {@code what} it gathers. */
    void step(String what, int done, int total);

    /** True when the user asked to stop; the file is then not written. */
    default boolean cancelled() {
        return false;
    }
}
