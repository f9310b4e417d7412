package org.sendero.reports.internal.read;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonReader;

/**
 * One JSON value read off a {@link JsonReader} as plain Java values: a {@link Map} with the keys in
 * their order, a {@link List}, a {@link String}, a {@link Number}, a {@link Boolean} or null. Only
 * one statement is held at a time this way; the reader's nesting limit bounds the recursion.
 *
 * <p>Numbers stay as written: an integral literal is a {@link Long} (a {@link BigInteger} beyond),
 * never routed through a double; others are {@link Double}. A number out of the range of a double
 * ({@code 1e400}) is refused rather than read as infinity, and a key given twice is refused rather
 * than one of its values picked.
 */
final class JsonTree {

    private JsonTree() {
    }

    static Object value(JsonReader reader) throws IOException, JsonFault {
        return switch (reader.peek()) {
            case BEGIN_OBJECT -> object(reader);
            case BEGIN_ARRAY -> {
                reader.beginArray();
                List<Object> list = new ArrayList<>();
                while (reader.hasNext()) {
                    list.add(value(reader));
                }
                reader.endArray();
                yield list;
            }
            case STRING -> reader.nextString();
            case NUMBER -> number(reader);
            case BOOLEAN -> reader.nextBoolean();
            case NULL -> {
                reader.nextNull();
                yield null;
            }
            // END_ARRAY, END_OBJECT, NAME and END_DOCUMENT are never a value's first token
            default -> throw GsonErrors.at(reader, "broken JSON: expected a value");
        };
    }

    private static Map<String, Object> object(JsonReader reader) throws IOException, JsonFault {
        reader.beginObject();
        Map<String, Object> map = new LinkedHashMap<>();
        while (reader.hasNext()) {
            String key = name(reader, map.keySet());
            map.put(key, value(reader));
        }
        reader.endObject();
        return map;
    }

    /** The next key, refused when the object already has it. */
    static String name(JsonReader reader, java.util.Set<String> seen) throws IOException, JsonFault {
        String key = reader.nextName();
        if (seen.contains(key)) {
            // the reader stands after the key: point at its opening quote
            JsonFault after = GsonErrors.at(reader, "");
            throw new JsonFault(after.line(), Math.max(1, after.column() - key.length() - 2),
                    "duplicate key \"" + shortened(key) + "\"");
        }
        return key;
    }

    private static Number number(JsonReader reader) throws IOException, JsonFault {
        // Gson gives the literal as written; strict mode has already checked that it is a JSON number
        String literal = reader.nextString();
        double value = Double.parseDouble(literal);
        if (!Double.isFinite(value)) {
            JsonFault after = GsonErrors.at(reader, "");
            throw new JsonFault(after.line(), Math.max(0, after.column() - literal.length()),
                    "number " + shortened(literal) + " is out of range (not a finite number)");
        }
        if (literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0) {
            BigInteger integral = new BigInteger(literal);
            return integral.bitLength() < Long.SIZE ? (Number) integral.longValue() : integral;
        }
        return value;
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }
}
