package org.sendero.progress;

import java.util.List;

/**
 * The progress database as support sees it: whether SQLite finds it sound, and how much it holds,
 * as counts only (never a name, an answer or a note).
 *
 * @param schema the schema version the file is at ({@code PRAGMA user_version})
 * @param integrity the rows of {@code PRAGMA integrity_check}: just "ok" when the file is sound
 * @param learners learner profiles
 * @param attempts quiz attempts
 * @param answers recorded quiz answers
 * @param notes bookmarks, highlights and notes
 * @param practiceAnswers practice answers
 */
public record DatabaseHealth(int schema, List<String> integrity, long learners, long attempts, long answers, long notes,
        long practiceAnswers) {

    public DatabaseHealth {
        integrity = List.copyOf(integrity);
    }

    /** SQLite found nothing wrong. */
    public boolean sound() {
        return integrity.equals(List.of("ok"));
    }
}
