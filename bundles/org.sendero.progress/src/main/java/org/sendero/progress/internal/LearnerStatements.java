package org.sendero.progress.internal;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.Learner;
import org.sendero.progress.LessonState;
import org.sendero.progress.PracticeAnswer;
import org.sendero.progress.PracticeService;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.RecordedAnswer;
import org.sendero.progress.export.XapiStatements;

/**
 * Every xAPI statement of one learner, in the export's order. The export and the outbox both
 * build statements here, so that a statement sent to a Learning Record Store is the one a file
 * export holds, id and content.
 */
final class LearnerStatements {

    private final ProgressStore store;
    private final PracticeService practice;

    LearnerStatements(ProgressStore store, PracticeService practice) {
        this.store = store;
        this.practice = practice;
    }

    List<JsonObject> all(Learner learner, XapiStatements statements) throws ProgressException {
        List<JsonObject> all = new ArrayList<>();
        for (LessonState lesson : store.lessons(learner.id())) {
            all.add(statements.lessonExperienced(learner, lesson));
            if (lesson.read().isPresent()) {
                all.add(statements.lessonCompleted(learner, lesson));
            }
        }
        for (Attempt attempt : store.attempts(learner.id())) {
            for (RecordedAnswer answer : store.answers(attempt.id())) {
                all.add(statements.answered(learner, attempt, answer));
            }
            if (attempt.isFinished()) {
                all.add(statements.judged(learner, attempt));
            }
        }
        for (Completion completion : store.completions(learner.id())) {
            all.add(statements.completed(learner, completion));
        }
        for (PracticeAnswer answer : practice.answers(learner.id())) {
            all.add(statements.practiced(learner, answer));
        }
        return all;
    }
}
