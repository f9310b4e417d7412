package org.sendero.progress.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sendero.core.content.Section;
import org.sendero.progress.Note;

/**
 * Finds the learner's notes again in a document that may have changed since they were made: a
 * highlight goes where its quote is, first in its own section and then in any other (ignoring
 * case, accents and line breaks), the text kept around it choosing between two places with the
 * same words; a bookmark stays on its section while the section is there. What cannot be placed
 * is listed, never dropped.
 */
public final class NotePlacement {

    /** How much text around a quote is kept to find it again. */
    public static final int CONTEXT = 40;

    private NotePlacement() {
    }

    /**
     * @param anchor the section the note is shown in now
     * @param occurrence which appearance of the quote in that section's folded text it is, from 0
     */
    public record Placed(Note note, String anchor, int occurrence) {
    }

    public record Result(List<Placed> placed, List<Note> unplaced) {

        public Result {
            placed = List.copyOf(placed);
            unplaced = List.copyOf(unplaced);
        }
    }

    /** Where a new highlight is and the text around it, to be stored with it. */
    public record Context(String anchor, String before, String after) {
    }

    public static Result place(List<Note> notes, List<Section> sections) {
        List<Placed> placed = new ArrayList<>();
        List<Note> unplaced = new ArrayList<>();
        for (Note note : notes) {
            Optional<Placed> found = note.isBookmark() ? bookmark(note, sections) : highlight(note, sections);
            found.ifPresentOrElse(placed::add, () -> unplaced.add(note));
        }
        return new Result(placed, unplaced);
    }

    /**
     * The section a quote selected in {@code anchor} is in, with the text just before and after it
     * there; empty when the document's text does not have it.
     */
    public static Optional<Context> context(List<Section> sections, String anchor, String quote) {
        String wanted = FoldedText.fold(quote);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (Section section : inOrder(sections, anchor)) {
            FoldedText text = FoldedText.of(section.text());
            int at = text.folded().indexOf(wanted);
            if (at >= 0) {
                int start = text.start(at);
                int end = text.end(at + wanted.length(), section.text());
                String before = section.text().substring(Math.max(0, start - CONTEXT), start);
                String after = section.text().substring(end, Math.min(section.text().length(), end + CONTEXT));
                return Optional.of(new Context(section.anchor(), before, after));
            }
        }
        return Optional.empty();
    }

    private static Optional<Placed> bookmark(Note note, List<Section> sections) {
        boolean there = note.anchor().isEmpty() || sections.stream().anyMatch(s -> s.anchor().equals(note.anchor()));
        return there ? Optional.of(new Placed(note, note.anchor(), 0)) : Optional.empty();
    }

    private static Optional<Placed> highlight(Note note, List<Section> sections) {
        String wanted = FoldedText.fold(note.quote());
        for (Section section : inOrder(sections, note.anchor())) {
            String text = FoldedText.of(section.text()).folded();
            List<Integer> found = new ArrayList<>();
            for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
                found.add(at);
            }
            if (!found.isEmpty()) {
                return Optional.of(new Placed(note, section.anchor(), best(found, text, wanted.length(), note)));
            }
        }
        return Optional.empty();
    }

    /** The appearance whose surroundings agree most with the text kept around the quote. */
    private static int best(List<Integer> found, String text, int length, Note note) {
        String before = FoldedText.fold(note.before());
        String after = FoldedText.fold(note.after());
        int best = 0;
        int bestScore = -1;
        for (int i = 0; i < found.size(); i++) {
            int at = found.get(i);
            int score = commonSuffix(text.substring(0, at).strip(), before)
                    + commonPrefix(text.substring(at + length).strip(), after);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The section named first, then the others in the document's order. */
    private static List<Section> inOrder(List<Section> sections, String anchor) {
        List<Section> ordered = new ArrayList<>(sections.stream().filter(s -> s.anchor().equals(anchor)).toList());
        sections.stream().filter(s -> !s.anchor().equals(anchor)).forEach(ordered::add);
        return ordered;
    }
}
