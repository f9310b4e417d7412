package org.sendero.cli;

import java.util.Collection;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;

/**
 * The JSON that the subcommands print with {@code --json} and the exports write, in one form:
 * two-space indentation, every documented key present (a missing value is {@code null}, not a
 * dropped key), and {@code < > & = '} left as they are, since none of it is embedded in HTML and
 * scripts and people read search snippets with their {@code <b>} marks.
 */
public final class JsonOutput {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            // refuses NaN and Infinity, which JSON has no words for
            .setStrictness(Strictness.STRICT).create();

    private JsonOutput() {
    }

    /** The text of a tree, without a final line end. */
    public static String write(JsonElement tree) {
        return GSON.toJson(tree);
    }

    /**
     * A measured value as a JSON number: a whole value without a fraction ({@code 1}, not
     * {@code 1.0}), as readers of the output have always seen it.
     *
     * @throws IllegalArgumentException for NaN or an infinity: there is no figure to write, and the
     *         caller decides whether that is {@code null} or a fault
     */
    public static JsonPrimitive number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no number " + value);
        }
        // every whole double below 2^63 converts to long exactly
        if (value == Math.rint(value) && Math.abs(value) < 0x1p63) {
            return new JsonPrimitive((long) value);
        }
        return new JsonPrimitive(value);
    }

    /** A text, or JSON {@code null} for none. */
    public static JsonElement string(String text) {
        return text == null ? JsonNull.INSTANCE : new JsonPrimitive(text);
    }

    public static JsonArray strings(Collection<String> values) {
        JsonArray array = new JsonArray(values.size());
        values.forEach(array::add);
        return array;
    }
}
