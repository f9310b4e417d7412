package org.sendero.progress;

import java.time.Instant;
import java.util.Optional;

/**
 * What a learner did with a lesson.
 *
 * @param position where the reader was last (the reader's own unit, e.g. the scroll offset or
 *        section number), to reopen the lesson there
 * @param read when the learner reached its end; empty while not read
 */
public record LessonState(String id, LessonRef lesson, String lang, Instant firstOpened, Instant lastOpened,
        int position, Optional<Instant> read) {
}
