package org.sendero.core.quiz;

import java.util.List;

import org.sendero.core.content.Quiz;

/**
 * The result of an attempt: every item's score, the percentage and whether it passes.
 *
 * @param scaled the sum of the items' credit over the number of items, 0 to 1; items not
 *        answered count as 0
 */
public record QuizScore(String quizId, int itemCount, List<ItemScore> items, double scaled, int passMark) {

    public QuizScore {
        items = List.copyOf(items);
    }

    /** Scores the answered items of an attempt against all the quiz's items. */
    public static QuizScore of(Quiz quiz, List<ItemScore> answered) {
        double credit = answered.stream().mapToDouble(ItemScore::credit).sum();
        int count = quiz.items().size();
        return new QuizScore(quiz.id(), count, answered, count == 0 ? 0 : credit / count, quiz.passMark());
    }

    /** Percent, rounded half up to one decimal for display and export. */
    public double percent() {
        return Math.round(scaled * 1000) / 10.0;
    }

    /**
     * Passed when the percentage reaches the pass mark. Compared on the exact sum so that 7 of 10
     * items passes a pass mark of 70 whatever the floating-point rounding.
     */
    public boolean passed() {
        return scaled * 100 >= passMark - 1e-9;
    }
}
