package org.sendero.content.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendero.content.internal.markdown.MarkdownLimits.Excess;

/**
 * Markdown that made the parser or the renderer overflow the stack is found before parsing, with
 * its line and column, and the renderer shows a notice instead of failing.
 */
class MarkdownLimitsTest {

    private static final String INTRO = "# Notes\n\nA paragraph.\n\n";

    @Test
    void aThousandNestedBlockQuotesAreFoundAtTheirLine() {
        Optional<Excess> excess = MarkdownLimits.check(INTRO + "> ".repeat(1000) + "deep\n");
        assertEquals(Optional.of(new Excess(5, 65, "block quotes and lists nested deeper than 32 levels")), excess);
    }

    @Test
    void aLineOfTwoThousandStarsIsFoundAtItsStart() {
        Optional<Excess> excess = MarkdownLimits.check(INTRO + "*".repeat(2000) + "\n");
        assertEquals(Optional.of(new Excess(5, 1, "a run of more than 256 '*' characters")), excess);
    }

    @Test
    void underscoresAndDashesWithSpacesBetweenThemAreRunsToo() {
        assertEquals("a run of more than 256 '_' characters",
                MarkdownLimits.check("_ ".repeat(300)).orElseThrow().message());
        assertEquals("a run of more than 256 '-' characters",
                MarkdownLimits.check("text " + "-".repeat(300)).orElseThrow().message());
    }

    @Test
    void listsOnOneLineAndListsNestedByIndentationAreCounted() {
        assertEquals("block quotes and lists nested deeper than 32 levels",
                MarkdownLimits.check("- 1. + > ".repeat(10) + "x").orElseThrow().message());
        StringBuilder indented = new StringBuilder();
        for (int level = 0; level < 100; level++) {
            indented.append("  ".repeat(level)).append("- item\n");
        }
        Excess excess = MarkdownLimits.check(indented.toString()).orElseThrow();
        assertEquals("indented by more than 128 columns: lists nested that deep cannot be shown", excess.message());
        assertEquals(65, excess.line()); // 128 spaces, a dash and the space after it
        assertEquals(130, excess.column());
    }

    @Test
    void ordinaryDocumentsAreWithinTheLimits() {
        String text = INTRO + """
                > quoted
                > > twice, with a list:
                > > - one
                > >   - two
                > >     1. three

                ---
                ***
                | a | b |
                |---|---|
                | **bold** | _em_ |

                Text with a long dash line ------------------------------------------------------------ in it.
                """;
        assertEquals(Optional.empty(), MarkdownLimits.check(text));
        assertEquals(Optional.empty(), MarkdownLimits.check("- ".repeat(MarkdownLimits.MAX_NESTING) + "x"));
        assertEquals(Optional.empty(), MarkdownLimits.check("*".repeat(MarkdownLimits.MAX_RUN)));
    }

    @Test
    void theRendererShowsWhyInsteadOfOverflowingTheStack() {
        for (String hostile : new String[] { "> ".repeat(1000) + "x", "*".repeat(2000), "- ".repeat(1000) + "x",
                "_".repeat(200_000) + "a" }) {
            String html = new SafeMarkdown().render("# Title\n\n" + hostile + "\n", "p").html();
            assertTrue(html.startsWith("<p>This document cannot be shown: line 3: "), html);
            assertTrue(html.length() < 200, html);
        }
    }
}
