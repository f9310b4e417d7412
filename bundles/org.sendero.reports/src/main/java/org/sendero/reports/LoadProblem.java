package org.sendero.reports;

import java.nio.file.Path;

/**
 * Why a result file was left out; the other files still count.
 *
 * @param line 1-based, 0 when the problem has no place in the text
 * @param column 1-based, 0 when unknown
 */
public record LoadProblem(Path file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
