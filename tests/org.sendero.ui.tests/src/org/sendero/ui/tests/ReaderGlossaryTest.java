package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWTException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.ui.internal.glossary.Glossaries;
import org.sendero.ui.internal.parts.ReaderPart;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.library.LibraryModel;

/**
 * A starter lesson in the reader (the real web engine): the glossary terms it uses are underlined,
 * reachable with Tab, and tell the term in the other languages.
 */
class ReaderGlossaryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private PartHarness window;
    private ReaderPart reader;
    private LibraryModel library;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
        reader = window.part(ReaderPart.class);
        library = ContextInjectionFactory.make(LibraryModel.class, window.context);
        library.reload().join();
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private GlossaryTerm term(String id) {
        return Glossaries.of(library.packs()).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private void open(String lessonId, String language) {
        reader.show(new OpenRequest(new ContentLink(ContentLink.Kind.LESSON, lessonId, Optional.empty()),
                Optional.of("sendero-starter"), List.of()).inLanguage(language));
    }

    /** What the page answers once it has loaded (null until then: a page half parsed has half its marks). */
    private Object[] askPage(String script) {
        try {
            return reader.browser() != null
                    && reader.browser().evaluate("if (document.readyState !== 'complete') { return null; } "
                            + script) instanceof Object[] answer ? answer : null;
        } catch (SWTException loading) {
            return null;
        }
    }

    @Test
    void aTermInASpanishLessonIsUnderlinedFocusableAndTellsItsEnglishAndFrenchForms() {
        open("smug-vs-false-friend", "es");
        String script = "var t = document.querySelector('.glossary-term[data-term=\"migrant-smuggling\"]');"
                + " if (!t) { return null; }"
                + " var popup = document.getElementById(t.getAttribute('aria-describedby'));"
                + " t.focus();"
                + " return [t.getAttribute('tabindex'), String(t.tabIndex), popup ? popup.textContent : '',"
                + " String(document.activeElement === t), t.getAttribute('role'),"
                + " String(document.querySelectorAll('h1 .glossary-term, h2 .glossary-term, h3 .glossary-term,"
                + " a .glossary-term, code .glossary-term, mark .glossary-term').length),"
                + " getComputedStyle(t).borderBottomStyle, popup ? getComputedStyle(popup).display : 'none', String(document.hasFocus())];";
        Object[][] answer = new Object[1][];
        // the keyboard in the page, as after Tab from the contents list: focus styles apply only then
        window.shell.forceActive();
        window.until(() -> askPage("return document.querySelector('.glossary-term') ? [1] : null;") != null, WAIT,
                "the lesson is shown");
        reader.browser().setFocus();
        window.spin(Duration.ofMillis(300));
        window.until(() -> (answer[0] = askPage(script)) != null, WAIT, "the lesson shows the marked term");
        GlossaryTerm smuggling = term("migrant-smuggling");
        assertEquals("0", answer[0][0], "the term is in the tab order");
        assertEquals("0", answer[0][1]);
        String popup = (String) answer[0][2];
        assertTrue(popup.contains(smuggling.terms().get("en").get(0)), "the English form: " + popup);
        assertTrue(popup.contains(smuggling.terms().get("fr").get(0)), "the French form: " + popup);
        assertTrue(popup.contains(smuggling.note().byLanguage().get("es").split("\\.")[0]),
                "the start of the Spanish note: " + popup);
        assertEquals("true", answer[0][3], "the term takes the keyboard focus");
        assertEquals("button", answer[0][4]);
        assertEquals("0", answer[0][5], "nothing is marked inside headings, links, code or search highlights");
        assertTrue(String.valueOf(answer[0][6]).contains("dotted"),
                "the term is underlined with dots: " + answer[0][6]);
        assertEquals("block", answer[0][7],
                "the popup shows while the term has the keyboard focus (page focused: " + answer[0][8] + ")");
        window.screenshot("reader-glossary");
    }

    @Test
    void anEnglishLessonMarksItsEnglishTermsWithTheirSpanishForms() {
        open("tip-def-children", "en");
        String script = "var all = document.querySelectorAll('.glossary-term'); if (all.length === 0) { return null; }"
                + " var out = []; for (var i = 0; i < all.length; i++) {"
                + " out.push(all[i].getAttribute('data-term') + '|' + all[i].textContent + '|' + all[i].parentNode.outerHTML); } return out;";
        Object[][] answer = new Object[1][];
        window.until(() -> (answer[0] = askPage(script)) != null, WAIT, "the English lesson shows marked terms");
        for (Object mark : answer[0]) {
            String[] parts = ((String) mark).split("\\|", 3);
            GlossaryTerm marked = term(parts[0]);
            String spanish = marked.terms().getOrDefault("es", List.of("")).get(0);
            assertTrue(parts[1].contains(spanish),
                    "the Spanish form of " + parts[0] + " is told: " + parts[1] + " in " + parts[2]);
            assertTrue(
                    marked.terms().get("en").stream()
                            .anyMatch(form -> parts[1].toLowerCase(java.util.Locale.ROOT).startsWith(
                                    form.toLowerCase(java.util.Locale.ROOT))),
                    "an English form of " + parts[0] + " is what is marked: " + parts[1]);
        }
    }
}
