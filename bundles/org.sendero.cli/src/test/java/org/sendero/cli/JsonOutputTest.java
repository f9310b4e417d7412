package org.sendero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

class JsonOutputTest {

    @Test
    void wholeValuesAreWrittenWithoutAFraction() {
        assertEquals("1", JsonOutput.write(JsonOutput.number(1.0)));
        assertEquals("0", JsonOutput.write(JsonOutput.number(-0.0)));
        assertEquals("-3", JsonOutput.write(JsonOutput.number(-3.0)));
        assertEquals("0.375", JsonOutput.write(JsonOutput.number(0.375)));
        assertEquals("66.7", JsonOutput.write(JsonOutput.number(Math.round(2 / 3.0 * 1000) / 10.0)));
        assertEquals("4611686018427387904", JsonOutput.write(JsonOutput.number(0x1p62)));
    }

    @Test
    void longsKeepEveryDigit() {
        JsonObject object = new JsonObject();
        object.addProperty("total", Long.MAX_VALUE);
        object.addProperty("least", Long.MIN_VALUE);
        assertEquals("{\n  \"total\": 9223372036854775807,\n  \"least\": -9223372036854775808\n}",
                JsonOutput.write(object));
    }

    @Test
    void noNumberIsWrittenForNanOrInfinity() {
        assertThrows(IllegalArgumentException.class, () -> JsonOutput.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonOutput.number(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> JsonOutput.number(Double.NEGATIVE_INFINITY));
        // nor by a value that did not come through number()
        assertThrows(IllegalArgumentException.class, () -> JsonOutput.write(new JsonPrimitive(Double.NaN)));
    }

    @Test
    void keysStayWhenTheirValueIsNullAndTextIsEscapedOnlyWhereJsonNeedsIt() {
        JsonObject object = new JsonObject();
        object.add("signer", JsonOutput.string(null));
        object.add("snippet", JsonOutput.string("Trata de ni\u00f1os \"en\" <b>la frontera</b> & \\\n\t\u0001\u2028"));
        object.add("none", new JsonArray());
        object.add("words", JsonOutput.strings(List.of("a", "b")));
        assertEquals("""
                {
                  "signer": null,
                  "snippet": "Trata de ni\u00f1os \\"en\\" <b>la frontera</b> & \\\\\\n\\t\\u0001\\u2028",
                  "none": [],
                  "words": [
                    "a",
                    "b"
                  ]
                }""", JsonOutput.write(object));
    }
}
