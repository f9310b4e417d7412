package org.sendero.progress;

import java.time.Duration;
import java.time.Instant;

import org.sendero.core.quiz.Response;

/**
 * A practice answer as stored, with the boxes it moved the item between. It never counts in a
 * quiz's score or in completion.
 *
 * @param sessionId the practice session it was given in (one sitting), the xAPI registration
 * @param boxBefore 0 when the item was not in practice, 1 to 4, or {@link PracticeService#LEARNT}
 * @param boxAfter as {@code boxBefore}, after this answer
 */
public record PracticeAnswer(String id, String learnerId, String sessionId, QuizRef quiz, String itemId,
        Response response, double credit, Instant answered, Duration duration, int boxBefore, int boxAfter) {

    public boolean correct() {
        return credit == 1.0;
    }
}
