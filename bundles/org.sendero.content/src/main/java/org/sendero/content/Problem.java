package org.sendero.content;

/**
 * One thing wrong with content, where it is and why: printed as
 * {@code path:line:column: severity: message}, the form editors and terminals link to.
 *
 * @param path the file, relative to the pack's root with '/' separators
 * @param line 1-based line; 1 when the problem concerns the whole file
 * @param column 1-based column
 */
public record Problem(String path, int line, int column, Severity severity, String message) {

    public Problem {
        path = path == null || path.isEmpty() ? "." : path;
        line = Math.max(1, line);
        column = Math.max(1, column);
        if (severity == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a severity and a message");
        }
    }

    public static Problem error(String path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem with its path shown under {@code prefix}, e.g. the folder the user named. */
    public Problem under(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        String separator = prefix.endsWith("/") || prefix.endsWith("!") ? "" : "/";
        return new Problem(prefix + separator + path, line, column, severity, message);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + severity + ": " + message;
    }
}
