package org.sendero.progress;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A learner's progress in one module. Complete when every lesson is read and the quiz passed (a
 * module without a quiz needs only its lessons).
 *
 * @param lessonsRead the ids of the module's lessons read, in the module's order
 * @param bestScaled the best finished attempt's score, 0 to 1
 * @param attemptsLeft attempts still allowed at the quiz; {@link Integer#MAX_VALUE} when unlimited
 * @param timeRead the time spent reading the module's lessons
 */
public record ModuleProgress(String packId, String courseId, String moduleId, List<String> lessonsRead,
        int lessonCount, boolean hasQuiz, boolean quizPassed, int attemptsStarted, int attemptsLeft,
        OptionalDouble bestScaled, Duration timeRead) {

    public ModuleProgress {
        lessonsRead = List.copyOf(lessonsRead);
    }

    public boolean lessonsDone() {
        return lessonsRead.size() == lessonCount;
    }

    public boolean complete() {
        return lessonsDone() && (!hasQuiz || quizPassed);
    }
}
