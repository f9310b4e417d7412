package org.sendero.content.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void escapeSequencesAndC1ControlsAreDroppedAndLineBreaksBecomeSpaces() {
        assertEquals("[2J[31mFake title]0;owned",
                TerminalText.safe("\u001b[2J\u001b[31mFake title\u001b]0;owned\u0007"));
        assertEquals("one line  two", TerminalText.safe("one\nline\r\ttwo"));
        assertEquals("a b c", TerminalText.safe("a\tb\nc"));
        assertEquals("csi2Jgone", TerminalText.safe("csi\u009b2J\u007fgone"));
        assertEquals("Trata de personas – guía", TerminalText.safe("Trata de personas – guía"),
                "letters and dashes stay");
    }

    @Test
    void textWithoutControlsIsReturnedAsItIs() {
        String plain = "Protección de migrantes vulnerables";
        assertSame(plain, TerminalText.safe(plain));
    }

    @Test
    void jsonKeepsTheExactTextWithC1ControlsEscaped() {
        assertEquals("\"a\\u009bb\\u007fc\"", TerminalText.escapeC1("\"a\u009bb\u007fc\""));
    }
}
