package org.sendero.core.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;

/**
 * The order in which one attempt shows a quiz. The same quiz and seed always give the same order
 * ({@link Random} is specified to give the same sequence for a seed on every Java), so an attempt
 * stores only its seed and shows the same order again when resumed.
 *
 * <p>Items that share a scenario move as one block and keep their written order, because they read
 * as a story. Matching right sides and ordering entries are always shuffled, even when the quiz
 * does not shuffle, because their written order is the answer.
 */
public final class QuizLayout {

    private QuizLayout() {
    }

    public static List<PresentedItem> of(Quiz quiz, long seed) {
        Random random = new Random(seed);
        // without shuffling, the author's order stands exactly as written
        List<List<Question>> blocks = quiz.shuffle() ? new ArrayList<>(blocks(quiz.items()))
                : quiz.items().stream().map(List::of).toList();
        if (quiz.shuffle()) {
            java.util.Collections.shuffle(blocks, random);
        }
        List<PresentedItem> presented = new ArrayList<>();
        for (List<Question> block : blocks) {
            for (Question question : block) {
                presented.add(new PresentedItem(question, order(question, quiz.shuffle(), random)));
            }
        }
        return presented;
    }

    private static List<List<Question>> blocks(List<Question> items) {
        Map<String, List<Question>> blocks = new LinkedHashMap<>();
        for (Question item : items) {
            String key = item.common().scenario().map(s -> "scenario:" + s).orElse("item:" + item.id());
            blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        return List.copyOf(blocks.values());
    }

    private static List<Integer> order(Question question, boolean shuffle, Random random) {
        return switch (question) {
            case Question.SingleChoice q -> maybeShuffled(q.options().size(), shuffle, random);
            case Question.MultipleResponse q -> maybeShuffled(q.options().size(), shuffle, random);
            case Question.Matching q -> notAsWritten(q.pairs().size(), random);
            case Question.Ordering q -> notAsWritten(q.order().size(), random);
            case Question.TrueFalse q -> List.of();
            case Question.ShortAnswer q -> List.of();
            case Question.Numeric q -> List.of();
        };
    }

    private static List<Integer> maybeShuffled(int size, boolean shuffle, Random random) {
        List<Integer> order = identity(size);
        if (shuffle) {
            java.util.Collections.shuffle(order, random);
        }
        return order;
    }

    /** A shuffle that never shows the answer itself; rotating by one keeps it reproducible. */
    private static List<Integer> notAsWritten(int size, Random random) {
        List<Integer> order = identity(size);
        java.util.Collections.shuffle(order, random);
        if (order.equals(identity(size))) {
            java.util.Collections.rotate(order, 1);
        }
        return order;
    }

    private static List<Integer> identity(int size) {
        return new ArrayList<>(IntStream.range(0, size).boxed().toList());
    }
}
