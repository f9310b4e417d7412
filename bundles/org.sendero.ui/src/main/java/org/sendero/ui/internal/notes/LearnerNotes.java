package org.sendero.ui.internal.notes;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.sendero.progress.Learner;
import org.sendero.progress.Note;
import org.sendero.progress.Notes;
import org.sendero.progress.ProgressException;
import org.sendero.progress.notes.FoldedText;
import org.sendero.ui.learners.CurrentLearner;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The current learner's notes for the reader and My notes: both hear of every change (a note
 * added, changed or deleted, another learner chosen), so that what one shows the other shows
 * too. Notes are few and small: they are read and written on the UI thread.
 */
@Creatable
@Singleton
public final class LearnerNotes {

    private final Notes notes;
    private final CurrentLearner learner;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Inject
    public LearnerNotes(Notes notes, CurrentLearner learner) {
        this.notes = notes;
        this.learner = learner;
        learner.onChange(chosen -> changed());
    }

    public Optional<Learner> learner() {
        return learner.get();
    }

    /** The current learner's notes; none while nobody is chosen. */
    public List<Note> list() throws ProgressException {
        return learner.get().isEmpty() ? List.of() : notes.list(learner.get().get().id());
    }

    /**
     * The notes whose quote, text or document title has {@code words} in it, ignoring case and
     * accents; all of them for blank words.
     *
     * @param titles the title of each note's document
     */
    public static List<Note> matching(List<Note> all, String words, java.util.function.Function<Note, String> titles) {
        String wanted = FoldedText.fold(words);
        return wanted.isEmpty() ? all
                : all.stream().filter(note -> FoldedText
                        .fold(note.quote() + " " + note.body() + " " + titles.apply(note)).contains(wanted)).toList();
    }

    public Note add(Note draft) throws ProgressException {
        Note added = notes.add(who(), draft);
        changed();
        return added;
    }

    public Note update(String noteId, String body) throws ProgressException {
        Note updated = notes.update(who(), noteId, body);
        changed();
        return updated;
    }

    public void delete(String noteId) throws ProgressException {
        notes.delete(who(), noteId);
        changed();
    }

    private String who() throws ProgressException {
        return learner.get().orElseThrow(() -> new ProgressException(Messages.Notes_noLearner)).id();
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
