package org.sendero.content.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sendero.content.RenderedMarkdown;

class OfficeFieldsTest {

    private static RenderedMarkdown render(String markdown) {
        return new SafeMarkdown().render(markdown, "pack");
    }

    @Test
    void aFieldIsShownAsABlankWithItsWords() {
        RenderedMarkdown rendered = render("""
                # Contacts

                Call {{office: national anti-trafficking hotline}} first.

                | Service | Number |
                |---|---|
                | Shelter | {{office: shelter name and phone\\}} |
                """);
        assertTrue(
                rendered.html()
                        .contains("Call <span class=\"office-field\">national anti-trafficking hotline</span> first."),
                rendered.html());
        assertTrue(rendered.html().contains("<td><span class=\"office-field\">shelter name and phone</span></td>"),
                rendered.html());
        assertFalse(rendered.html().contains("{"), "no brace is left: " + rendered.html());
        String text = rendered.sections().get(0).text();
        assertTrue(text.contains("Call [national anti-trafficking hotline] first."), text);
    }

    @Test
    void aFieldCarriesNoMarkup() {
        String html = render("Ask {{office: <b onclick=x>the consul</b>}} now.").html();
        assertTrue(html.contains("<span class=\"office-field\">&lt;b onclick=x&gt;the consul&lt;/b&gt;</span>"), html);
    }

    @Test
    void strayMarkersInAPackCannotOpenASpan() {
        String html = render("Text \uE000 with \uE001 markers.").html();
        assertFalse(html.contains("<span"), html);
        assertEquals("ab", OfficeFields.mark("a\uE000b"));
    }

    @Test
    void somethingThatOnlyLooksLikeAFieldIsLeftAlone() {
        assertEquals("{{office:}}", OfficeFields.mark("{{office:}}"));
        assertEquals("{{other: x}}", OfficeFields.mark("{{other: x}}"));
    }
}
