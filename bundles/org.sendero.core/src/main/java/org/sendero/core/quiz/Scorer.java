package org.sendero.core.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Feedback;
import org.sendero.core.content.Question.Option;

/**
 * Scores one response to one item. The partial-credit rules are those of docs/QUIZZES.md; a
 * response of the wrong kind for the item (e.g. a number for a matching item) scores 0.
 */
public final class Scorer {

    private Scorer() {
    }

    public static ItemScore score(Question question, Response response) {
        return switch (question) {
            case Question.SingleChoice q -> choice(q, q.options(), response, true);
            case Question.MultipleResponse q -> choice(q, q.options(), response, false);
            case Question.TrueFalse q -> trueFalse(q, response);
            case Question.ShortAnswer q -> shortAnswer(q, response);
            case Question.Matching q -> matching(q, response);
            case Question.Ordering q -> ordering(q, response);
            case Question.Numeric q -> numeric(q, response);
        };
    }

    /**
     * Single choice: 1 for the correct option alone, else 0. Multiple response: the share of correct
     * options picked minus the share of wrong options picked, never below 0.
     */
    private static ItemScore choice(Question question, List<Option> options, Response response, boolean single) {
        if (!(response instanceof Response.Choices choices) || !validIndices(choices.picked(), options.size())) {
            return result(question, 0, List.of());
        }
        Set<Integer> picked = choices.picked();
        List<String> feedback = new ArrayList<>();
        picked.forEach(index -> feedback.add(options.get(index).feedback()));
        long correctOptions = options.stream().filter(Option::correct).count();
        long wrongOptions = options.size() - correctOptions;
        long correctPicked = picked.stream().filter(index -> options.get(index).correct()).count();
        long wrongPicked = picked.size() - correctPicked;
        double credit;
        if (single) {
            credit = picked.size() == 1 && correctPicked == 1 ? 1 : 0;
        } else {
            double gained = (double) correctPicked / correctOptions;
            double lost = wrongOptions == 0 ? 0 : (double) wrongPicked / wrongOptions;
            credit = Math.max(0, gained - lost);
        }
        return result(question, credit, feedback);
    }

    private static ItemScore trueFalse(Question.TrueFalse question, Response response) {
        if (!(response instanceof Response.TrueOrFalse answer)) {
            return result(question, 0, List.of());
        }
        String feedback = answer.value() ? question.feedbackIfTrue() : question.feedbackIfFalse();
        return result(question, answer.value() == question.answer() ? 1 : 0, List.of(feedback));
    }

    private static ItemScore shortAnswer(Question.ShortAnswer question, Response response) {
        boolean right = response instanceof Response.Text text && question.accepted().stream()
                .map(TextNormalizer::normalize).anyMatch(TextNormalizer.normalize(text.value())::equals);
        return withFeedback(question, right ? 1 : 0, question.feedback());
    }

    /** The share of left sides matched with their own right side. */
    private static ItemScore matching(Question.Matching question, Response response) {
        int pairs = question.pairs().size();
        if (!(response instanceof Response.Matches matches) || matches.rightOfLeft().size() != pairs) {
            return withFeedback(question, 0, question.feedback());
        }
        int right = 0;
        for (int left = 0; left < pairs; left++) {
            if (matches.rightOfLeft().get(left) == left) {
                right++;
            }
        }
        return withFeedback(question, (double) right / pairs, question.feedback());
    }

    /**
     * The longest run of entries already in the right order relative to each other (not
     * necessarily next to each other), minus one, over the number of entries minus one: all in
     * order gives 1, fully reversed gives 0, one entry out of place loses one step.
     */
    private static ItemScore ordering(Question.Ordering question, Response response) {
        int size = question.order().size();
        if (!(response instanceof Response.Order order) || !isPermutation(order.entries(), size)) {
            return withFeedback(question, 0, question.feedback());
        }
        int inOrder = longestIncreasingRun(order.entries());
        return withFeedback(question, (double) (inOrder - 1) / (size - 1), question.feedback());
    }

    private static ItemScore numeric(Question.Numeric question, Response response) {
        boolean right = response instanceof Response.Number number && question.accepted().contains(number.value());
        return withFeedback(question, right ? 1 : 0, question.feedback());
    }

    private static ItemScore withFeedback(Question question, double credit, Feedback feedback) {
        return result(question, credit, List.of(credit == 1 ? feedback.correct() : feedback.wrong()));
    }

    private static ItemScore result(Question question, double credit, List<String> feedback) {
        return new ItemScore(question.id(), credit, feedback,
                credit == 1 ? java.util.Optional.empty() : question.common().ref());
    }

    private static boolean validIndices(Set<Integer> picked, int size) {
        return !picked.isEmpty() && picked.stream().allMatch(index -> index >= 0 && index < size);
    }

    private static boolean isPermutation(List<Integer> entries, int size) {
        return entries.size() == size && Set.copyOf(entries).size() == size
                && entries.stream().allMatch(index -> index >= 0 && index < size);
    }

    /** Patience sorting: the length of the longest strictly increasing subsequence. */
    static int longestIncreasingRun(List<Integer> values) {
        List<Integer> tails = new ArrayList<>();
        for (int value : values) {
            int position = java.util.Collections.binarySearch(tails, value);
            int insertAt = position < 0 ? -position - 1 : position;
            if (insertAt == tails.size()) {
                tails.add(value);
            } else {
                tails.set(insertAt, value);
            }
        }
        return tails.size();
    }
}
