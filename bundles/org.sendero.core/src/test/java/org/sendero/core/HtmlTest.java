package org.sendero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveCharactersThatHtmlReadsAsMarkup() {
        assertEquals("a &amp; b &lt;i&gt; &quot;c&quot; l&#39;asile", Html.escape("a & b <i> \"c\" l'asile"));
    }

    @Test
    void leavesAccentsAndCharactersOutsideTheBasicPlaneWhole() {
        String text = "Señora Müller \uD834\uDD1E \uD83D\uDE00 <ok>";
        String escaped = Html.escape(text);
        assertEquals("Señora Müller \uD834\uDD1E \uD83D\uDE00 &lt;ok&gt;", escaped);
        assertEquals(text.codePointCount(0, text.length()) + 6, escaped.codePointCount(0, escaped.length()),
                "each pair of surrogates stays one character");
    }

    @Test
    void escapesOnlyTheRangeAsked() {
        StringBuilder out = new StringBuilder("[");
        Html.appendEscaped(out, "x<y>&z", 1, 5);
        assertEquals("[&lt;y&gt;&amp;", out.toString());
    }

    @Test
    void unescapeGivesBackWhatWasEscaped() {
        String text = "&amp; is not & < > \" ' \uD834\uDD1E &lt;";
        assertEquals(text, Html.unescape(Html.escape(text)));
        assertEquals("'", Html.unescape("&apos;"));
    }

    @Test
    void unescapeLeavesAnUnknownOrUnfinishedEntityAsItIs() {
        assertEquals("&nbsp; &copy &#x41; a&b", Html.unescape("&nbsp; &copy &#x41; a&amp;b"));
    }
}
