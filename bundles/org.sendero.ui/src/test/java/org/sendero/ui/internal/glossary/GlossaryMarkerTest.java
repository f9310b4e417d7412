package org.sendero.ui.internal.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.LocalizedText;

class GlossaryMarkerTest {

    private static final GlossaryTerm SMUGGLING = new GlossaryTerm("migrant-smuggling",
            Map.of("en", List.of("migrant smuggling", "smuggling"), "es",
                    List.of("tráfico ilícito de migrantes", "tráfico de migrantes"), "fr",
                    List.of("trafic illicite de migrants")),
            new LocalizedText(Map.of("es", "Facilitar la entrada ilegal de una persona. Falso amigo: escriba todo.",
                    "en", "Procuring the illegal entry of a person <for> \"gain\". False friend.")));
    private static final GlossaryTerm TRAFFIC = new GlossaryTerm("traffic",
            Map.of("en", List.of("traffic"), "es", List.of("tráfico"), "fr", List.of("trafic")), LocalizedText.empty());
    private static final GlossaryTerm TRAFFICKING = new GlossaryTerm("trafficking-in-persons",
            Map.of("en", List.of("trafficking in persons", "trafficking"), "es", List.of("trata de personas", "trata"),
                    "fr", List.of("traite des personnes", "traite des êtres humains")),
            LocalizedText.empty());
    private static final GlossaryTerm MIGRANT = new GlossaryTerm("migrant",
            Map.of("en", List.of("migrant"), "es", List.of("migrante"), "fr", List.of("migrant")),
            LocalizedText.empty());

    private static final List<GlossaryTerm> TERMS = List.of(TRAFFIC, SMUGGLING, TRAFFICKING, MIGRANT);

    /** The words marked, in order, with the term each was marked as. */
    private static List<String> marked(String html) {
        List<String> found = new ArrayList<>();
        Matcher mark = Pattern
                .compile("<span class=\"glossary-term\" tabindex=\"0\" role=\"button\" data-term=\"([^\"]+)\""
                        + " aria-describedby=\"[^\"]+\">([^<]*)<span class=\"glossary-popup\"")
                .matcher(html);
        while (mark.find()) {
            found.add(mark.group(2) + "=" + mark.group(1));
        }
        return found;
    }

    private static String mark(String language, String html) {
        return new GlossaryMarker(TERMS, language).mark(html);
    }

    @Test
    void onlyTheFirstUseOfATermInASectionIsMarkedAndEachHeadingStartsAgain() {
        String html = "<h2 id=\"a\">Uno</h2><p>La trata de personas es un delito. La trata de personas explota.</p>"
                + "<p>Otra vez trata de personas.</p><h2 id=\"b\">Dos</h2><p>Y la trata de personas otra vez.</p>";
        String out = mark("es", html);
        assertEquals(List.of("trata de personas=trafficking-in-persons", "trata de personas=trafficking-in-persons"),
                marked(out));
        int second = out.indexOf("id=\"b\"");
        assertTrue(out.indexOf("glossary-term") < second && out.indexOf("glossary-term", second) > second,
                "one mark in each section: " + out);
    }

    @Test
    void theLongestFormWinsOverAShorterTermInsideIt() {
        String out = mark("es", "<p>El tráfico ilícito de migrantes no es el tráfico de drogas.</p>");
        assertEquals(List.of("tráfico ilícito de migrantes=migrant-smuggling", "tráfico=traffic"), marked(out));
    }

    @Test
    void headingsLinksCodeAndSearchHighlightsAreLeftAlone() {
        String html = "<h2 id=\"t\">Trata de personas</h2><p><a href=\"guidance:x\">trata de personas</a>, "
                + "<code>trata de personas</code>, <mark>trata</mark> de personas, "
                + "<span class=\"office-field\">trata de personas</span>, <em>y la trata de personas</em>.</p>";
        String out = mark("es", html);
        assertEquals(List.of("trata de personas=trafficking-in-persons"), marked(out));
        assertTrue(out.contains("<em>y la <span class=\"glossary-term\""), out);
        assertTrue(out.startsWith("<h2 id=\"t\">Trata de personas</h2><p><a href=\"guidance:x\">trata de personas</a>"),
                out);
    }

    @Test
    void accentsCountAsWrittenCapitalsDoNotAndOnlyWholeWordsMatch() {
        assertEquals(List.of(), marked(mark("es", "<p>El trafico ilicito de migrantes sin tildes.</p>")));
        assertEquals(List.of("Tráfico ilícito de migrantes=migrant-smuggling"),
                marked(mark("es", "<p>Tráfico ilícito de migrantes al inicio.</p>")));
        assertEquals(List.of(), marked(mark("es", "<p>Los migrantes y el narcotráfico.</p>")),
                "'migrante' is not marked inside 'migrantes', nor 'tráfico' inside 'narcotráfico'");
        assertEquals(List.of("tráfico ilícito\nde migrantes=migrant-smuggling"),
                marked(mark("es", "<p>El tráfico ilícito\nde migrantes, en dos líneas.</p>")));
    }

    @Test
    void onlyTheDocumentsLanguageIsLookedFor() {
        String html = "<p>Migrant smuggling, tráfico ilícito de migrantes, trafic illicite de migrants.</p>";
        assertEquals(List.of("Migrant smuggling=migrant-smuggling"), marked(mark("en", html)));
        // French has the word "migrant" too: the English phrase's first word is a French term
        assertEquals(List.of("Migrant=migrant", "trafic illicite de migrants=migrant-smuggling"),
                marked(mark("fr", html)));
        assertEquals(List.of("tráfico ilícito de migrantes=migrant-smuggling"), marked(mark("es", html)));
    }

    @Test
    void aClippedSingleWordOfTheTermIsNotLookedForButAFullAlternativeIs() {
        assertEquals(List.of(), marked(mark("es", "<p>Se trata de una pregunta.</p>")));
        assertEquals(List.of("traite des êtres humains=trafficking-in-persons"),
                marked(mark("fr", "<p>La traite des êtres humains.</p>")));
        assertEquals(List.of(), marked(mark("en", "<p>Drug trafficking.</p>")),
                "'trafficking' alone also names the drug and arms trades");
    }

    @Test
    void thePopupGivesTheOtherLanguagesAndTheFirstSentenceOfTheNoteEscaped() {
        String out = mark("en", "<p>About migrant smuggling.</p>");
        Matcher popup = Pattern.compile("aria-describedby=\"([^\"]+)\">migrant smuggling<span class=\"glossary-popup\""
                + " role=\"tooltip\" id=\"([^\"]+)\">(.*?)</span></span>").matcher(out);
        assertTrue(popup.find(), out);
        assertEquals(popup.group(1), popup.group(2), "the term is described by its popup");
        String text = popup.group(3);
        assertTrue(
                text.contains(
                        "lang=\"es\"><span class=\"glossary-language\">Español:</span> tráfico ilícito de migrantes"),
                text);
        assertTrue(
                text.contains(
                        "lang=\"fr\"><span class=\"glossary-language\">Français:</span> trafic illicite de migrants"),
                text);
        assertFalse(text.contains("English"), "not the document's own language: " + text);
        assertTrue(text.contains("Procuring the illegal entry of a person &lt;for&gt; &quot;gain&quot;."), text);
        assertFalse(text.contains("False friend"), "only the first sentence of the note: " + text);
    }

    @Test
    void eachMarkHasItsOwnPopupId() {
        String out = mark("en", "<p>Migrant smuggling.</p><h2 id=\"x\">X</h2><p>A migrant and migrant smuggling.</p>");
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("role=\"tooltip\" id=\"([^\"]+)\"").matcher(out);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertEquals(3, ids.size(), out);
        assertEquals(3, ids.stream().distinct().count(), ids.toString());
    }

    @Test
    void aTermWithNothingToTellIsLeftAsItIs() {
        GlossaryTerm lonely = new GlossaryTerm("lonely", Map.of("en", List.of("lonely word")), LocalizedText.empty());
        String html = "<p>A lonely word.</p>";
        assertEquals(html, new GlossaryMarker(List.of(lonely), "en").mark(html));
    }
}
