package org.sendero.reports.internal.read;

import java.io.EOFException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;

/**
 * Gson's reader in a trainer's words: where it stands, and its syntax errors without the Java
 * advice and the link to Gson's guide. Gson keeps its line and column to itself and shows them
 * only in its messages and {@link JsonReader#toString()}, so they are read back from there.
 */
final class GsonErrors {

    private static final Pattern PLACE = Pattern.compile(" at line (\\d+) column (\\d+) path ");

    /** Gson's words for what is wrong, and ours. */
    private static final Map<String, String> PLAIN = Map.of(
            "Unterminated array", "expected ',' or ']'",
            "Unterminated object", "expected ',' or '}'",
            "Expected name", "expected a key in double quotes",
            "Expected ':'", "expected ':' after a key",
            "Expected value", "expected a value",
            "Unterminated string", "a string is not closed",
            "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON",
            "not JSON here (single quotes, bare words, NaN, comments and trailing commas are not JSON)");

    private GsonErrors() {
    }

    /** Where the reader stands: just after what it read last. */
    static JsonFault at(JsonReader reader, String message) {
        Matcher place = PLACE.matcher(reader.toString());
        return place.find() ? new JsonFault(Integer.parseInt(place.group(1)), Integer.parseInt(place.group(2)), message)
                : new JsonFault(0, 0, message);
    }

    /** The line the reader is on. */
    static int line(JsonReader reader) {
        return at(reader, "").line();
    }

    /** A syntax error, placed on the character that broke the JSON (Gson names the one after it). */
    static JsonFault syntax(MalformedJsonException e, int nestingLimit) {
        JsonFault fault = fault(e.getMessage(), what -> what.startsWith("Nesting limit ")
                ? "nesting deeper than " + nestingLimit + " levels"
                : "broken JSON: " + PLAIN.getOrDefault(what, lowerFirst(what)));
        return new JsonFault(fault.line(), fault.column() > 1 ? fault.column() - 1 : fault.column(),
                fault.getMessage());
    }

    static JsonFault end(EOFException e) {
        return fault(e.getMessage(), what -> "broken JSON: the text ends before the JSON does");
    }

    private static JsonFault fault(String message, java.util.function.UnaryOperator<String> words) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        Matcher place = PLACE.matcher(first);
        if (place.find()) {
            return new JsonFault(Integer.parseInt(place.group(1)), Integer.parseInt(place.group(2)),
                    words.apply(first.substring(0, place.start()).strip()));
        }
        return new JsonFault(0, 0, words.apply(first.strip()));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? "unreadable" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
