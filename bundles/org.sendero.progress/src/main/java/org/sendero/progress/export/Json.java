package org.sendero.progress.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sendero.cli.JsonText;

/**
 * JSON text for exported statements. The target platform has no JSON library, and the export
 * needs only objects with keys in a fixed order, arrays, strings, numbers and booleans.
 */
public final class Json {

    private Json() {
    }

    /** An object whose keys keep the order they were put in, so that output is stable. */
    public static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    public static List<Object> array() {
        return new ArrayList<>();
    }

    public static String write(Object value, int indent) {
        StringBuilder out = new StringBuilder();
        write(value, out, indent, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int indent, int depth) {
        switch (value) {
            case null -> out.append("null");
            case String text -> string(text, out);
            case Boolean bool -> out.append(bool);
            case Integer number -> out.append(number);
            case Long number -> out.append(number);
            case Double number -> out.append(number(number));
            case Map<?, ?> map -> {
                out.append('{');
                int i = 0;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(i++ == 0 ? "" : ",");
                    newline(out, indent, depth + 1);
                    string(entry.getKey().toString(), out);
                    out.append(indent > 0 ? ": " : ":");
                    write(entry.getValue(), out, indent, depth + 1);
                }
                if (!map.isEmpty()) {
                    newline(out, indent, depth);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    newline(out, indent, depth + 1);
                    write(list.get(i), out, indent, depth + 1);
                }
                if (!list.isEmpty()) {
                    newline(out, indent, depth);
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /** Integral values without a fraction, others in the shortest form that reads back the same. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void newline(StringBuilder out, int indent, int depth) {
        if (indent > 0) {
            out.append('\n').append(" ".repeat(indent * depth));
        }
    }

    public static void string(String text, StringBuilder out) {
        JsonText.append(text, out);
    }
}
