package org.sendero.progress;

/** What "continue where I left off" opens. */
public sealed interface NextStep permits NextStep.ReadLesson, NextStep.TakeQuiz, NextStep.AllDone {

    /** A lesson to read, at the position where the learner left it (0 for a new one). */
    record ReadLesson(LessonRef lesson, int position) implements NextStep {
    }

    /** The quiz of a module whose lessons are all read. */
    record TakeQuiz(String packId, String courseId, String moduleId, String quizId) implements NextStep {
    }

    /** Every course of the installed packs is complete (or none can be continued). */
    record AllDone() implements NextStep {
    }
}
