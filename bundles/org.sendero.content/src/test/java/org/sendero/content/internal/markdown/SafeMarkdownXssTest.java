package org.sendero.content.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Markdown written to attack the reader: the HTML is parsed by a real HTML parser (as a browser
 * would) and must hold no script, no event handler and no URL that can run code or load data.
 */
class SafeMarkdownXssTest {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "object", "embed", "style", "svg",
            "math", "form", "input", "button", "meta", "base", "link", "frame", "frameset", "applet", "textarea",
            "video", "audio", "source", "template", "details");

    static List<String> vectors() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "Inline <script>alert(1)</script> in a paragraph",
                "<img src=x onerror=alert(1)>",
                "<body onload=alert(1)>",
                "<svg/onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<div>\n<a href=\"javascript:alert(1)\">html block link</a>\n</div>",
                "<!-- comment --><script>alert(1)</script>",
                "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
                "<embed src=javascript:alert(1)>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<a href=\"#\" onclick=\"alert(1)\">x</a>",
                "<math><mtext><script>alert(1)</script></mtext></math>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](  javascript:alert(1)  )",
                "[click](<javascript:alert(1)>)",
                "[click](&#106;avascript:alert(1))",
                "[click](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
                "[click](java&#x09;script:alert(1))",
                "[click](javascript&colon;alert(1))",
                "[click](vbscript:msgbox(1))",
                "[click](VBScript:msgbox(1))",
                "[click](data:text/html,<script>alert(1)</script>)",
                "[click](DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[click](file:///etc/passwd)",
                "[click](//evil.example/x)",
                "![img](javascript:alert(1))",
                "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![img](https://evil.example/tracker.png)",
                "[ref]\n\n[ref]: javascript:alert(1)",
                "[ref][x]\n\n[x]: &#106;avascript:alert(1) \"title\"",
                "![ref][i]\n\n[i]: data:text/html,x",
                "<javascript:alert(1)>",
                "<vbscript:msgbox(1)>",
                "<data:text/html,<script>alert(1)</script>>",
                "A paragraph {onclick=\"alert(1)\"}",
                "# Heading {onmouseover=alert(1) #top}",
                "[link](https://example.org){href=\"javascript:alert(1)\"}",
                "[link](https://example.org){onclick=alert(1) style=\"background:url(javascript:alert(1))\"}",
                "text {#id\" onclick=\"alert(1)}",
                "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
                "Footnote[^1]\n\n[^1]: [x](javascript:alert(1)) <img src=x onerror=alert(1)>",
                "```html\n<script>alert(1)</script>\n```",
                "[a](guidance:../../etc#x) [b](lesson:x\" onclick=\"alert(1))",
                "![a](assets/../../../etc/passwd)",
                "<a href=\"jav&#x0A;ascript:alert(1)\">entity newline</a>",
                "[x](\u0000javascript:alert(1)) [y](\u200Bjavascript:alert(1))");
    }

    @Test
    void thereAreAtLeastThirtyVectors() {
        assertTrue(vectors().size() >= 30, "vectors: " + vectors().size());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void nothingThatCanRunCodeSurvives(String markdown) {
        String html = new SafeMarkdown().render(markdown, "attack-pack").html();
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                fail("<" + tag + "> survived in: " + html);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "event handler " + name + " survived in: " + html);
                assertFalse(name.equals("style") || name.equals("srcdoc") || name.equals("formaction"),
                        name + " survived in: " + html);
                if (name.equals("href") || name.equals("src") || name.equals("data") || name.equals("action")) {
                    assertSafeUrl(attribute.getValue(), html);
                }
            }
        }
    }

    private static void assertSafeUrl(String url, String html) {
        String clean = url.replaceAll("[\\p{Cntrl}\\s\\u200B]", "").toLowerCase(Locale.ROOT);
        boolean allowed = clean.startsWith("sendero://") || clean.startsWith("https://") || clean.startsWith("http://")
                || clean.startsWith("mailto:") || clean.startsWith("#");
        assertTrue(allowed, "dangerous URL '" + url + "' survived in: " + html);
        assertFalse(clean.contains(".."), "a path leaving the pack survived: " + url);
    }

    /** The attribute syntax would otherwise replace the Markdown's own, checked URL. */
    @Test
    void attributeSyntaxNeverSetsAUrlAStyleOrAHandler() {
        Document image = Jsoup.parseBodyFragment(new SafeMarkdown().render(
                "![route](assets/route.png){src=\"https://evil.example/track.png\" style=\"width:1px\"}", "p").html());
        assertEquals("sendero://asset/p/assets/route.png", image.selectFirst("img").attr("src"));
        assertFalse(image.selectFirst("img").hasAttr("style"));
        Document link = Jsoup.parseBodyFragment(new SafeMarkdown().render(
                "[checklist](guidance:referral-checklist){href=\"https://evil.example/\" onclick=\"x()\"}"
                        + " [web](https://example.org/){href=\"#elsewhere\"}",
                "p").html());
        assertEquals(List.of("sendero://guidance/referral-checklist", "https://example.org/"),
                link.select("a").eachAttr("href"));
        assertTrue(link.select("[onclick]").isEmpty());
        Document paragraph = Jsoup.parseBodyFragment(new SafeMarkdown().render(
                "A paragraph {href=https://evil.example/ src=https://evil.example/x.png data=x}", "p").html());
        assertTrue(paragraph.select("[href], [src], [data]").isEmpty(), paragraph.html());
        Document heading = Jsoup
                .parseBodyFragment(new SafeMarkdown().render("## Part {#part .note title=x}", "p").html());
        assertEquals("part", heading.selectFirst("h2").id());
        assertEquals("note", heading.selectFirst("h2").className());
        assertFalse(heading.selectFirst("h2").hasAttr("title"));
    }

    @Test
    void rawHtmlIsShownAsText() {
        Document document = Jsoup
                .parseBodyFragment(new SafeMarkdown().render("<b>bold</b> and <script>x()</script>", "p").html());
        assertEquals("<b>bold</b> and <script>x()</script>", document.body().text());
        assertTrue(document.select("b, script").isEmpty());
    }

    @Test
    void safeLinksAndImagesAreKeptAndRewrittenToTheReadersScheme() {
        String html = new SafeMarkdown().render("""
                [checklist](guidance:referral-checklist#children) [lesson](lesson:tip-def-children)
                [web](https://example.org/a?b=1) [mail](mailto:office@example.org) [top](#top)

                ![map](assets/maps/route.png)
                """, "sendero-starter").html();
        Document document = Jsoup.parseBodyFragment(html);
        List<String> hrefs = document.select("a").eachAttr("href");
        assertEquals(List.of("sendero://guidance/referral-checklist#children", "sendero://lesson/tip-def-children",
                "https://example.org/a?b=1", "mailto:office@example.org", "#top"), hrefs);
        assertEquals("sendero://asset/sendero-starter/assets/maps/route.png", document.selectFirst("img").attr("src"));
        assertEquals("map", document.selectFirst("img").attr("alt"));
    }
}
