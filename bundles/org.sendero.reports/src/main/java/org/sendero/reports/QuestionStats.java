package org.sendero.reports;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the answers to one quiz item show.
 *
 * @param activityId the item's activity id as the first file that answered it wrote it
 * @param title the item's prompt
 * @param answers answers counted (every answer of every attempt, each statement once)
 * @param correct answers fully right
 * @param difficulty share of answers fully right, 0 to 1 (a high value is an easy item)
 * @param discrimination upper minus lower 27% group share right, -1 to 1; empty with fewer than
 *        {@link #MIN_ANSWERS_FOR_DISCRIMINATION} answers placed by an attempt score
 * @param ref the guidance to reread, as the installed pack's item says ({@code guidance:ID#anchor})
 * @param refTitle that guidance document's title (and section), when the pack is installed
 */
public record QuestionStats(String activityId, String packId, String courseId, String moduleId, String quizId,
        String itemId, String title, int answers, int correct, double difficulty, OptionalDouble discrimination,
        Optional<String> ref, Optional<String> refTitle) {

    public static final int MIN_ANSWERS_FOR_DISCRIMINATION = 4;

    public int wrong() {
        return answers - correct;
    }
}
