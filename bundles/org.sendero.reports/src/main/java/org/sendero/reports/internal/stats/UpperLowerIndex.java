package org.sendero.reports.internal.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import org.sendero.reports.QuestionStats;

/**
 * The discrimination index of an item by Kelley's upper and lower 27% groups: the share right
 * among the answers of the best-scoring attempts minus the share right among the worst.
 *
 * <p>Each answer is placed by the score of the attempt it belongs to. A group holds
 * {@code round(0.27 n)} answers. Answers tied on score at a group's edge share the places left
 * equally (each counts with the same weight), so the index does not depend on the order the files
 * came in; when every score is the same, both groups are alike and the index is 0. With fewer than
 * {@link QuestionStats#MIN_ANSWERS_FOR_DISCRIMINATION} answers there is no index. An answer whose
 * score is not a number (NaN or infinite) has no place and is left out, so such a score can
 * neither stall the count nor tilt it.
 */
public final class UpperLowerIndex {

    public static final double GROUP_SHARE = 0.27;

    /** An answer: the score of its attempt (0 to 1) and whether it was right. */
    public record Placed(double score, boolean correct) {
    }

    private UpperLowerIndex() {
    }

    public static OptionalDouble of(List<Placed> answers) {
        List<Placed> best = new ArrayList<>(answers.stream().filter(a -> Double.isFinite(a.score())).toList());
        int n = best.size();
        if (n < QuestionStats.MIN_ANSWERS_FOR_DISCRIMINATION) {
            return OptionalDouble.empty();
        }
        int group = (int) Math.round(GROUP_SHARE * n);
        best.sort(Comparator.comparingDouble(Placed::score).reversed());
        List<Placed> worst = new ArrayList<>(best);
        java.util.Collections.reverse(worst);
        return OptionalDouble.of(shareRight(best, group) - shareRight(worst, group));
    }

    /** The share right among the first {@code group} places of {@code sorted}, ties sharing places. */
    static double shareRight(List<Placed> sorted, int group) {
        double right = 0;
        int left = group;
        int i = 0;
        // every pass takes a block of at least one answer, so the loop ends even on scores that are
        // not numbers (NaN == NaN is false, which once made an empty block and no progress)
        while (left > 0 && i < sorted.size()) {
            int end = i;
            int rightInBlock = 0;
            while (end < sorted.size() && sameScore(sorted.get(end), sorted.get(i))) {
                rightInBlock += sorted.get(end).correct() ? 1 : 0;
                end++;
            }
            int block = end - i;
            int taken = Math.min(left, block);
            right += taken * (double) rightInBlock / block;
            left -= taken;
            i = end;
        }
        return right / group;
    }

    /** Equal scores tie; a NaN ties with a NaN, so a block always holds the answer it starts with. */
    private static boolean sameScore(Placed a, Placed b) {
        return a.score() == b.score() || Double.compare(a.score(), b.score()) == 0;
    }
}
