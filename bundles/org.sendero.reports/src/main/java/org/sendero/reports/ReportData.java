package org.sendero.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * A whole report: what was read, and what it shows.
 *
 * @param files the result files that were read, in the order given
 * @param problems the files left out and why
 * @param statements different statements read (a statement id counts once)
 * @param duplicates statements met again, in the same or another file, and not counted
 * @param mostMissed the questions with the lowest share right, at most {@link #MOST_MISSED}
 */
public record ReportData(List<Path> files, List<LoadProblem> problems, int statements, int duplicates,
        CompletionMatrix completion, List<QuestionStats> questions, List<QuestionStats> mostMissed) {

    public static final int MOST_MISSED = 10;

    public ReportData {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        questions = List.copyOf(questions);
        mostMissed = List.copyOf(mostMissed);
    }
}
