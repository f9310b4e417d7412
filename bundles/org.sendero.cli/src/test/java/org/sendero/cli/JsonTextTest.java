package org.sendero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void escapesWhatAJsonStringCannotHoldAndKeepsEverythingElse() {
        assertEquals("\"Trata de ni\u00f1os \\\"en\\\" la frontera\\\\\\n\\t\\u0001\\u2028\"",
                JsonText.quote("Trata de ni\u00f1os \"en\" la frontera\\\n\t\u0001\u2028"));
        assertEquals("null", JsonText.quote(null));
        assertEquals("\"\"", JsonText.quote(""));
    }
}
