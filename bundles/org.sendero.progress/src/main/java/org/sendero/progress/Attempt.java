package org.sendero.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One attempt at a quiz.
 *
 * @param id a random UUID; also the registration of its exported statements
 * @param seed the seed of its question and option order (see QuizLayout)
 * @param scaled the score from 0 to 1 once finished
 */
public record Attempt(String id, String learnerId, QuizRef quiz, long seed, Instant started,
        Optional<Instant> finished, OptionalDouble scaled, Optional<Boolean> passed, Duration duration) {

    public boolean isFinished() {
        return finished.isPresent();
    }
}
