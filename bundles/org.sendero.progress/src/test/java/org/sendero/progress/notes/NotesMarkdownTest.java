package org.sendero.progress.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.progress.Note;
import org.sendero.progress.ProgressException;

/** The Markdown file of a learner's notes, written and read back. */
class NotesMarkdownTest {

    private static final Instant CREATED = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-12-07T10:05:30.250Z");

    static List<Note> sample() {
        return List.of(
                new Note("n1", "", "sendero-starter", ContentLink.Kind.GUIDANCE, "guide-screening", "es",
                        "two-elements", "la niña y\nel niño", "Dos \"elementos\": ", " y <b>adolescentes</b>",
                        "Pedir el acta de nacimiento.\n\n## not a heading\n~~~\nstill the note", CREATED, UPDATED),
                new Note("n2", "", "sendero-starter", ContentLink.Kind.GUIDANCE, "guide-screening", "en", "", "",
                        "", "", "", CREATED, CREATED),
                new Note("n3", "", "sendero-starter", ContentLink.Kind.LESSON, "tip-def-children", "fr", "intro",
                        "> déjà cité", "", "", "", CREATED, UPDATED));
    }

    @Test
    void whatIsWrittenIsReadBackTheSame() throws Exception {
        String file = NotesMarkdown.write("Ana María", sample());
        assertTrue(file.startsWith(NotesMarkdown.FIRST_LINE + "\n# Notes of Ana María\n\n## guidance guide-screening"
                + " in sendero-starter\n\n### Highlight #two-elements\n- id: n1\n"), file);
        assertTrue(file.contains("\n> la niña y\n> el niño\n\n~~~~\nPedir el acta"), file);
        assertEquals(sample(), NotesMarkdown.read(file, "notes.md"));
        assertEquals(sample(), NotesMarkdown.read(file.replace("\n", "\r\n"), "notes.md"), "Windows line ends");
    }

    private static String failure(String text) {
        return assertThrows(ProgressException.class, () -> NotesMarkdown.read(text, "ana.md")).getMessage();
    }

    @Test
    void aBadFileIsRefusedWithItsLineAndCause() {
        String good = NotesMarkdown.write("Ana", sample());
        List<String> lines = List.of(good.split("\n"));
        assertEquals("### Highlight #two-elements", lines.get(5));
        assertEquals("ana.md:1: not a Sendero notes file: its first line must be " + NotesMarkdown.FIRST_LINE,
                failure("# My notes\n"));
        assertEquals("ana.md:6: created: expected a time such as 2026-12-07T10:15:30Z, not 'yesterday'",
                failure(good.replace("- created: " + CREATED, "- created: yesterday")));
        assertEquals("ana.md:6: the note has no '- id:' line", failure(good.replace("- id: n1\n", "")));
        assertEquals("ana.md:6: the note's language must be en, es or fr, not 'xx'",
                failure(good.replace("- language: es\n", "- language: xx\n")));
        assertEquals("ana.md:5: expected a '### Bookmark' or '### Highlight' heading or a '## lesson ID in PACK'"
                + " heading, not 'Some words'",
                failure(good.replace("sendero-starter\n\n", "sendero-starter\nSome words\n")));
        assertEquals("ana.md:" + (lines.indexOf("### Bookmark") + 1) + ": a second note with id n1",
                failure(good.replace("- id: n2", "- id: n1")));
        String unclosed = good.substring(0, good.lastIndexOf("~~~"));
        assertEquals("ana.md:" + lines.lastIndexOf("~~~") + ": the note's text is not closed with ~~~",
                failure(unclosed));
        assertEquals("ana.md:6: a highlight needs its quoted text in '> ' lines",
                failure(good.replace("> la niña y\n> el niño\n", "")));
    }
}
