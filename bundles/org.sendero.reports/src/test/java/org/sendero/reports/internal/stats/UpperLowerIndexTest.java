package org.sendero.reports.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendero.reports.internal.stats.UpperLowerIndex.Placed;

/** The edges of the discrimination index: small groups, ties, order. */
class UpperLowerIndexTest {

    @Test
    void fewerThanFourAnswersHaveNoIndex() {
        assertTrue(UpperLowerIndex.of(List.of(new Placed(1, true), new Placed(0.5, false), new Placed(0, false)))
                .isEmpty());
    }

    @Test
    void fourAnswersMakeGroupsOfOne() {
        // round(0.27 * 4) = round(1.08) = 1: the best answer (right) against the worst (wrong) -> 1 - 0 = 1
        List<Placed> answers = List.of(new Placed(0.9, true), new Placed(0.6, false), new Placed(0.4, true),
                new Placed(0.1, false));
        assertEquals(1.0, UpperLowerIndex.of(answers).orElseThrow(), 1e-12);
    }

    @Test
    void whenEveryScoreIsTheSameBothGroupsAreAlikeAndTheIndexIsZero() {
        // 6 answers all at 0.5, 2 right: each group of round(1.62) = 2 places takes 2/6 of every answer,
        // so each group's share right is 2/6 = 1/3 and the index is 1/3 - 1/3 = 0
        List<Placed> answers = List.of(new Placed(0.5, true), new Placed(0.5, false), new Placed(0.5, false),
                new Placed(0.5, true), new Placed(0.5, false), new Placed(0.5, false));
        assertEquals(0.0, UpperLowerIndex.of(answers).orElseThrow(), 1e-12);
    }

    @Test
    void theOrderTheAnswersCameInChangesNothing() {
        List<Placed> answers = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            answers.add(new Placed((i % 5) / 4.0, i % 3 == 0));
        }
        double first = UpperLowerIndex.of(answers).orElseThrow();
        Collections.reverse(answers);
        assertEquals(first, UpperLowerIndex.of(answers).orElseThrow(), 1e-12);
        Collections.shuffle(answers, new java.util.Random(7));
        assertEquals(first, UpperLowerIndex.of(answers).orElseThrow(), 1e-12);
    }

    @Test
    void scoresThatAreNotNumbersAreLeftOutAndNeverStallTheCount() {
        // a NaN score once made a tie block of no answers, and the count never advanced
        List<Placed> finite = List.of(new Placed(0.9, true), new Placed(0.6, false), new Placed(0.4, true),
                new Placed(0.1, false));
        List<Placed> withOdd = new ArrayList<>(finite);
        withOdd.add(new Placed(Double.NaN, true));
        withOdd.add(new Placed(Double.NaN, false));
        withOdd.add(new Placed(Double.POSITIVE_INFINITY, false));
        withOdd.add(new Placed(Double.NEGATIVE_INFINITY, true));
        double expected = UpperLowerIndex.of(finite).orElseThrow();
        assertEquals(expected, assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> UpperLowerIndex.of(withOdd).orElseThrow()), 1e-12);
        List<Placed> onlyNaN = List.of(new Placed(Double.NaN, true), new Placed(Double.NaN, false),
                new Placed(Double.NaN, true), new Placed(Double.NaN, false), new Placed(Double.NaN, false));
        assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> UpperLowerIndex.of(onlyNaN)).isEmpty(),
                "no score to place an answer by: no index");
    }

    @Test
    void aGroupCountOverScoresThatAreNotNumbersEnds() {
        // the group count itself, past the filter: NaN ties with NaN, so each block takes its answers
        List<Placed> sorted = List.of(new Placed(Double.NaN, true), new Placed(Double.NaN, false),
                new Placed(0.5, true), new Placed(0.2, false));
        assertEquals(0.5, assertTimeoutPreemptively(Duration.ofSeconds(5), () -> UpperLowerIndex.shareRight(sorted, 2)),
                1e-12);
        assertEquals(2.0 / 3, assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> UpperLowerIndex.shareRight(sorted, 3)), 1e-12);
    }
}
