package org.sendero.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a learner did with a lesson.
 *
 * @param position where the reader was last (the reader's own unit, e.g. the scroll offset or
 *        section number), to reopen the lesson there
 * @param read when the learner reached its end; empty while not read
 * @param timeRead all the time the lesson was shown to the learner, added up
 */
public record LessonState(String id, LessonRef lesson, String lang, Instant firstOpened, Instant lastOpened,
        int position, Optional<Instant> read, Duration timeRead) {
}
