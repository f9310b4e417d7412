package org.sendero.reports.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV in the format of the progress export (RFC 4180, UTF-8 with a byte order mark so that accents
 * survive a double click, CRLF, text quoted when it needs to be, formulas defused with a leading
 * {@code '}, numbers unquoted). Written here rather than borrowed because a report's numbers must
 * come out exactly: an integer keeps every digit (routed through a double, 9223372036854775807
 * became 9223372036854776000), and a value that is not a number is an empty cell, never "NaN".
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\ufeff');
    }

    /** One row: {@link Number}s are numbers, {@link Boolean}s true or false, null an empty cell, anything else text. */
    void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    void flush() throws IOException {
        out.flush();
    }

    static String cell(Object cell) {
        return switch (cell) {
            case null -> "";
            case Number number -> number(number);
            case Boolean bool -> bool ? "true" : "false";
            default -> text(cell.toString());
        };
    }

    /** Integers as they are; fractions in the shortest form that reads back the same, not rounded. */
    static String number(Number number) {
        return switch (number) {
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Short s -> s.toString();
            case Byte b -> b.toString();
            case BigInteger big -> big.toString();
            case BigDecimal decimal -> plain(decimal);
            default -> {
                double value = number.doubleValue();
                if (!Double.isFinite(value)) {
                    yield "";
                }
                yield plain(BigDecimal.valueOf(value));
            }
        };
    }

    private static String plain(BigDecimal decimal) {
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }

    /** The same text cells as the progress export writes: one rule for defusing formulas. */
    static String text(String value) {
        return org.sendero.progress.export.Csv.text(value);
    }
}
