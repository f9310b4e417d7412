package org.sendero.reports.internal.read;

/**
 * Why the JSON of a result file cannot be used, and where: a syntax error, a nesting too deep, a
 * number no program can hold, a key given twice.
 *
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 */
final class JsonFault extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    JsonFault(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
