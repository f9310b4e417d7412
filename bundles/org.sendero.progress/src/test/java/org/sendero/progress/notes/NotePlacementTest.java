package org.sendero.progress.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Section;
import org.sendero.progress.Note;

/** Notes found again in a document that was updated after they were made. */
class NotePlacementTest {

    private static Section section(String anchor, String text) {
        return new Section(anchor, anchor, anchor.isEmpty() ? 0 : 2, text, OptionalInt.empty());
    }

    private static Note note(String id, String anchor, String quote, String before, String after) {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        return new Note(id, "ana", "p", ContentLink.Kind.GUIDANCE, "doc", "es", anchor, quote, before, after,
                "note " + id, now, now);
    }

    private static final List<Section> BEFORE = List.of(section("", "Introducción breve."),
            section("elements", "Dos elementos: la edad y la custodia. Revise la edad en el documento."),
            section("steps", "Primero, entreviste a la persona.\nLuego, registre la solicitud de asilo."));

    @Test
    void aNewHighlightKeepsTheTextAroundItsQuote() {
        NotePlacement.Context context = NotePlacement.context(BEFORE, "steps", "registre  la\nsolicitud")
                .orElseThrow();
        assertEquals("steps", context.anchor());
        assertEquals("rimero, entreviste a la persona.\nLuego, ", context.before(), "at most 40 characters");
        assertEquals(" de asilo.", context.after());
        assertEquals("elements", NotePlacement.context(BEFORE, "steps", "LA CUSTODIA").orElseThrow().anchor(),
                "a quote not in the section named is looked for in the others");
    }

    @Test
    void highlightsAreReanchoredByTextAndWhatIsGoneIsListed() {
        Note second = note("age-2", "elements", "la edad", "Revise ", " en el documento");
        Note moved = note("moved", "steps", "entreviste a la persona", "Primero, ", ".");
        Note respaced = note("respaced", "steps", "Registre la SOLICITUD", "", "");
        Note gone = note("gone", "elements", "la custodia", "", "");
        Note bookmark = note("mark", "elements", "", "", "");
        Note bookmarkGone = note("mark-gone", "old-section", "", "", "");
        List<Note> notes = List.of(second, moved, respaced, gone, bookmark, bookmarkGone);

        NotePlacement.Result before = NotePlacement.place(notes, BEFORE);
        assertEquals(List.of(bookmarkGone), before.unplaced());
        assertEquals(1, before.placed().get(0).occurrence(), "the second 'la edad', told by the text around it");

        List<Section> updated = List.of(section("", "Introducción breve."),
                section("elements", "Un elemento: la edad. Revise la edad en el pasaporte o en el documento."),
                section("interview", "Primero, entreviste a la persona en un lugar tranquilo."),
                section("steps", "Luego, registre\n   la solicitud de asilo."));
        NotePlacement.Result after = NotePlacement.place(notes, updated);
        assertEquals(List.of("age-2 elements 1", "moved interview 0", "respaced steps 0", "mark elements 0"),
                after.placed().stream().map(p -> p.note().id() + " " + p.anchor() + " " + p.occurrence()).toList());
        assertEquals(List.of(gone, bookmarkGone), after.unplaced(), "the text and the section that are gone");
    }

    @Test
    void foldingKeepsTheWayBackToTheOriginalText() {
        String text = "Niñas,\n  NIÑOS y adolescentes";
        FoldedText folded = FoldedText.of(text);
        assertEquals("ninas, ninos y adolescentes", folded.folded());
        int at = folded.folded().indexOf("ninos y");
        assertEquals("NIÑOS y", text.substring(folded.start(at), folded.end(at + "ninos y".length(), text)));
    }
}
