package org.sendero.progress.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets open it (RFC 4180): UTF-8 with a byte order mark so that accents survive a
 * double click, CRLF line ends, text quoted when it needs to be, numbers unquoted so that they
 * stay numbers.
 */
public final class Csv implements AutoCloseable {

    private final Writer out;

    public Csv(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\ufeff');
    }

    /** One row: {@link String}s are text, {@link Number}s numbers, null an empty cell. */
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object cell = cells.get(i);
            if (cell instanceof Number number) {
                out.write(Json.number(number.doubleValue()));
            } else if (cell instanceof Boolean bool) {
                out.write(bool ? "true" : "false");
            } else if (cell != null) {
                out.write(text(cell.toString()));
            }
        }
        out.write("\r\n");
    }

    /** Characters that make a spreadsheet read a cell as a formula when they lead it (OWASP's list, and NUL). */
    private static final String FORMULA_STARTS = "=+-@\t\r\0";

    /**
     * A text cell, quoted when it needs to be. A cell a spreadsheet would run as a formula gets a
     * leading ' so that it is shown as the text it is; a TAB, CR or NUL before the = counts too,
     * since spreadsheets skip them.
     */
    public static String text(String value) {
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r') || !safe.equals(value)) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
