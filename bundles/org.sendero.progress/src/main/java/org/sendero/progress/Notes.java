package org.sendero.progress;

import java.util.List;

/**
 * The bookmarks and highlights each learner keeps, in the progress database, so that they are
 * there after a restart and go with the learner's progress. A service.
 */
public interface Notes {

    /** The learner's notes, by document and then by time of creation. */
    List<Note> list(String learnerId) throws ProgressException;

    /** Stores a {@link Note#draft draft} for the learner; returns it with its id and times. */
    Note add(String learnerId, Note draft) throws ProgressException;

    /** Changes what the learner wrote on a note. */
    Note update(String learnerId, String noteId, String body) throws ProgressException;

    void delete(String learnerId, String noteId) throws ProgressException;

    /**
     * Stores notes read back from an export for the learner, all or none: a note whose id the learner
     * has already is replaced by the imported one, so that importing the same file twice adds nothing.
     *
     * @return how many notes were stored
     */
    int restore(String learnerId, List<Note> notes) throws ProgressException;
}
