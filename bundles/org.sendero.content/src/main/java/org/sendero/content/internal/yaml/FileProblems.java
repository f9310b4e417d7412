package org.sendero.content.internal.yaml;

import java.util.List;

import org.sendero.content.Problem;

/**
 * Collects the problems of one file. Readers report and carry on, so that one run shows every
 * problem instead of stopping at the first.
 *
 * @param lineOffset lines before the part being read, e.g. 1 for front matter after its "---" line
 */
public record FileProblems(String path, int lineOffset, List<Problem> sink) {

    public void error(int line, int column, String message) {
        sink.add(Problem.error(path, line + lineOffset, column, message));
    }

    public void warning(int line, int column, String message) {
        sink.add(Problem.warning(path, line + lineOffset, column, message));
    }

    /** The same file read from another line, e.g. the Markdown body after its front matter. */
    public FileProblems shifted(int lines) {
        return new FileProblems(path, lineOffset + lines, sink);
    }
}
