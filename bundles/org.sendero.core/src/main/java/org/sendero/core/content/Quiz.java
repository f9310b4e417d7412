package org.sendero.core.content;

import java.util.List;
import java.util.Optional;

/**
 * One language version of a module's quiz.
 *
 * @param passMark percent needed to pass; the course's pass mark when the quiz does not set one
 * @param attempts how many attempts a learner has; 0 means unlimited
 * @param shuffle whether items and options are shuffled (reproducibly per attempt)
 */
public record Quiz(String id, String lang, LocalizedText title, int passMark, FeedbackTiming feedback, int attempts,
        boolean shuffle, List<Scenario> scenarios, List<Question> items, String path) {

    public Quiz {
        PackInfo.requireText(id, "quiz id");
        PackInfo.requireText(lang, "language of quiz " + id);
        if (passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("pass mark of quiz " + id + " is not a percentage: " + passMark);
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("quiz " + id + " has a negative number of attempts");
        }
        feedback = feedback == null ? FeedbackTiming.IMMEDIATE : feedback;
        scenarios = List.copyOf(scenarios);
        items = List.copyOf(items);
    }

    public Optional<Scenario> scenario(String scenarioId) {
        return scenarios.stream().filter(s -> s.id().equals(scenarioId)).findFirst();
    }
}
