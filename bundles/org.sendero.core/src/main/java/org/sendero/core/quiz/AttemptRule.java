package org.sendero.core.quiz;

import org.sendero.core.content.Quiz;

/** How many attempts a learner still has at a quiz; a quiz with attempts 0 has no limit. */
public final class AttemptRule {

    private AttemptRule() {
    }

    /** Attempts left after {@code started} attempts; {@link Integer#MAX_VALUE} when unlimited. */
    public static int remaining(Quiz quiz, int started) {
        if (quiz.attempts() == 0) {
            return Integer.MAX_VALUE;
        }
        return Math.max(0, quiz.attempts() - started);
    }

    public static boolean mayStart(Quiz quiz, int started) {
        return remaining(quiz, started) > 0;
    }
}
