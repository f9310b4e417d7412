package org.sendero.content.authoring;

import java.util.List;

import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Question;

/**
 * A module's quiz in one language, with its first items (a quiz without items is not valid). A
 * translation of an existing quiz keeps that quiz's id.
 */
public record NewQuiz(String courseId, String moduleId, String id, String lang, LocalizedText title,
        FeedbackTiming feedback, List<Question> items) {

    public NewQuiz {
        feedback = feedback == null ? FeedbackTiming.IMMEDIATE : feedback;
        items = List.copyOf(items);
    }
}
