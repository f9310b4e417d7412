package org.sendero.core.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Question.Option;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Scenario;

class QuizLayoutTest {

    private static Question single(String id, String scenario) {
        return new Question.SingleChoice(
                new Common(id, "Prompt " + id, Optional.ofNullable(scenario), Optional.empty()),
                List.of(new Option("a", true, ""), new Option("b", false, ""), new Option("c", false, ""),
                        new Option("d", false, "")));
    }

    private static Quiz quiz(boolean shuffle, int passMark, int attempts, List<Question> items) {
        return new Quiz("q", "en", LocalizedText.of("en", "Quiz"), passMark, FeedbackTiming.IMMEDIATE, attempts,
                shuffle,
                List.of(new Scenario("bus", "A bus.")), items, "quiz.en.yaml");
    }

    private static final List<Question> ITEMS = List.of(single("q1", null), single("q2", "bus"), single("q3", "bus"),
            single("q4", null), single("q5", null), single("q6", "bus"),
            new Question.Ordering(new Common("q7", "Order", Optional.empty(), Optional.empty()), List.of("x", "y"),
                    Question.Feedback.NONE));

    @Test
    void theSameSeedGivesTheSameOrderAndOtherSeedsDiffer() {
        Quiz quiz = quiz(true, 70, 0, ITEMS);
        assertEquals(QuizLayout.of(quiz, 42), QuizLayout.of(quiz, 42));
        Set<List<PresentedItem>> layouts = new HashSet<>();
        IntStream.range(0, 20).forEach(seed -> layouts.add(QuizLayout.of(quiz, seed)));
        assertTrue(layouts.size() > 10, "20 seeds gave only " + layouts.size() + " layouts");
    }

    @Test
    void aKnownSeedGivesAKnownOrderOnEveryJava() {
        // java.util.Random's sequence is specified, so this order is the same on every platform
        List<String> ids = QuizLayout.of(quiz(true, 70, 0, ITEMS), 7).stream().map(p -> p.question().id()).toList();
        assertEquals(ids, QuizLayout.of(quiz(true, 70, 0, ITEMS), 7).stream().map(p -> p.question().id()).toList());
        assertEquals(Set.copyOf(ITEMS.stream().map(Question::id).toList()), Set.copyOf(ids));
    }

    @Test
    void itemsOfOneScenarioStayTogetherInTheirWrittenOrder() {
        for (long seed = 0; seed < 50; seed++) {
            List<String> ids = QuizLayout.of(quiz(true, 70, 0, ITEMS), seed).stream().map(p -> p.question().id())
                    .toList();
            int first = ids.indexOf("q2");
            assertEquals(List.of("q2", "q3", "q6"), ids.subList(first, first + 3), "seed " + seed + ": " + ids);
        }
    }

    @Test
    void withoutShuffleItemsAndOptionsKeepTheirOrderButOrderingEntriesAreStillMixed() {
        for (long seed = 0; seed < 20; seed++) {
            List<PresentedItem> layout = QuizLayout.of(quiz(false, 70, 0, ITEMS), seed);
            assertEquals(List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7"),
                    layout.stream().map(p -> p.question().id()).toList());
            assertEquals(List.of(0, 1, 2, 3), layout.get(0).order());
            assertEquals(List.of(1, 0), layout.get(6).order(), "the correct order is never shown as it is");
        }
    }

    @Test
    void shuffledOptionsAreAPermutationAndVaryWithTheSeed() {
        Set<List<Integer>> seen = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            List<Integer> order = QuizLayout.of(quiz(true, 70, 0, ITEMS), seed).stream()
                    .filter(p -> p.question().id().equals("q1")).findFirst().orElseThrow().order();
            assertEquals(Set.of(0, 1, 2, 3), Set.copyOf(order));
            seen.add(order);
        }
        assertTrue(seen.size() > 5);
    }

    @Test
    void passMarkIsReachedOnTheExactShare() {
        Quiz quiz = quiz(false, 70, 0, ITEMS.subList(0, 6));
        List<ItemScore> fourRight = IntStream.range(0, 6)
                .mapToObj(i -> new ItemScore("q" + i, i < 4 ? 1 : 0, List.of(), Optional.empty())).toList();
        QuizScore score = QuizScore.of(quiz, fourRight);
        assertEquals(66.7, score.percent());
        assertFalse(score.passed());

        Quiz ten = quiz(false, 70, 0, IntStream.range(0, 10).mapToObj(i -> single("i" + i, null)).toList());
        List<ItemScore> seven = IntStream.range(0, 7)
                .mapToObj(i -> new ItemScore("i" + i, 1, List.of(), Optional.empty())).toList();
        QuizScore seventy = QuizScore.of(ten, seven);
        assertEquals(70.0, seventy.percent());
        assertTrue(seventy.passed(), "7 of 10 passes a pass mark of 70; unanswered items count as 0");
        List<ItemScore> partial = List.of(new ItemScore("i0", 0.5, List.of(), Optional.empty()));
        assertEquals(5.0, QuizScore.of(ten, partial).percent());
        assertNotEquals(0.0, QuizScore.of(ten, partial).scaled());
    }

    @Test
    void attemptLimitCountsStartedAttempts() {
        Quiz limited = quiz(false, 70, 2, ITEMS);
        assertTrue(AttemptRule.mayStart(limited, 1));
        assertFalse(AttemptRule.mayStart(limited, 2));
        assertEquals(0, AttemptRule.remaining(limited, 5));
        assertTrue(AttemptRule.mayStart(quiz(false, 70, 0, ITEMS), 1000), "0 attempts means no limit");
    }
}
