package org.sendero.ui.internal.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.sendero.core.Html;
import org.sendero.progress.Note;
import org.sendero.progress.ProgressException;
import org.sendero.progress.notes.FoldedText;
import org.sendero.search.SearchHit;
import org.sendero.ui.library.LibraryModel;

import jakarta.inject.Inject;

/**
 * The library search's "in my notes": the current learner's notes whose words, quotes or document
 * titles contain what was typed (ignoring case and accents), as results the search part lists and
 * opens like any other, the words found in bold.
 */
@Creatable
public final class NotesSearch {

    private final LearnerNotes notes;
    private final NoteGroups groups;

    @Inject
    public NotesSearch(LearnerNotes notes, LibraryModel model) {
        this.notes = notes;
        this.groups = new NoteGroups(model);
    }

    public List<SearchHit> search(String words) throws ProgressException {
        List<SearchHit> hits = new ArrayList<>();
        for (Note note : LearnerNotes.matching(notes.list(), words, groups::title)) {
            String title = groups.title(note);
            String section = groups.sectionTitle(note);
            List<String> passages = new ArrayList<>();
            if (!note.isBookmark()) {
                passages.add(marked("\u201c" + note.quote() + "\u201d", words));
            }
            if (!note.body().isBlank()) {
                passages.add(marked(note.body(), words));
            }
            if (passages.isEmpty()) {
                passages.add(marked(Messages.Notes_bookmark + ": " + (section.isEmpty() ? Messages.Notes_top : section),
                        words));
            }
            hits.add(new SearchHit(note.packId() + "/" + note.id(), note.packId(), note.documentId(), note.lang(),
                    note.kind().scheme(), title, List.of(Messages.NotesSearch_myNotes), note.anchor(), section,
                    OptionalInt.empty(), 1f, passages));
        }
        return hits;
    }

    /** The passage as the search writes one: escaped text with {@code <b>} around what was found. */
    static String marked(String text, String words) {
        String wanted = FoldedText.fold(words);
        FoldedText folded = FoldedText.of(text);
        int at = wanted.isEmpty() ? -1 : folded.folded().indexOf(wanted);
        if (at < 0) {
            return Html.escape(text);
        }
        int start = folded.start(at);
        int end = folded.end(at + wanted.length(), text);
        return Html.escape(text.substring(0, start)) + "<b>" + Html.escape(text.substring(start, end)) + "</b>"
                + Html.escape(text.substring(end));
    }
}
