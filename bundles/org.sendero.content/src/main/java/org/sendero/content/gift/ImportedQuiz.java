package org.sendero.content.gift;

import java.util.List;

import org.sendero.content.Problem;
import org.sendero.core.content.Question;
import org.sendero.core.content.Scenario;

/**
 * What a GIFT or Aiken file gave: the items that have an equivalent in our quizzes, the scenarios
 * they refer to, and every problem with its line: errors (malformed text; the item is left out)
 * and warnings (constructs without an equivalent, such as essays, reported rather than dropped
 * silently).
 */
public record ImportedQuiz(List<Scenario> scenarios, List<Question> items, List<Problem> problems) {

    public ImportedQuiz {
        scenarios = List.copyOf(scenarios);
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
