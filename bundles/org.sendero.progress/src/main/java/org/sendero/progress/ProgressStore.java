package org.sendero.progress;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.sendero.core.quiz.QuizScore;
import org.sendero.core.quiz.Response;

/**
 * What learners did, in the data folder's progress.db. Every method that changes something
 * commits its own transaction to disk before it returns: when it returns, a crash or a power cut
 * no longer loses it. A service.
 */
public interface ProgressStore {

    /** Marks a lesson opened (again) now, keeping the position and the read mark it had. */
    LessonState lessonOpened(String learnerId, LessonRef lesson, String lang) throws ProgressException;

    /** Remembers where the learner is in a lesson they opened. */
    void lessonPosition(String learnerId, LessonRef lesson, int position) throws ProgressException;

    /**
     * Adds {@code added} to the time the learner spent reading a lesson they opened; a zero time
     * changes nothing.
     *
     * @throws IllegalArgumentException if {@code added} is negative
     */
    void lessonTime(String learnerId, LessonRef lesson, Duration added) throws ProgressException;

    /** Marks a lesson read (opening it first if needed). */
    LessonState lessonRead(String learnerId, LessonRef lesson, String lang) throws ProgressException;

    List<LessonState> lessons(String learnerId) throws ProgressException;

    /** Starts an attempt; {@code seed} fixes the order its items are shown in. */
    Attempt startAttempt(String learnerId, QuizRef quiz, long seed) throws ProgressException;

    /**
     * Records one answer of an unfinished attempt, committed before this returns. Each item is
     * answered once per attempt.
     *
     * @param credit the item's score, 0 to 1
     * @param duration the time the learner spent on the item
     */
    RecordedAnswer recordAnswer(String attemptId, String itemId, Response response, double credit, Duration duration)
            throws ProgressException;

    /** Closes an attempt with its score. */
    Attempt finishAttempt(String attemptId, QuizScore score, Duration duration) throws ProgressException;

    Optional<Attempt> attempt(String attemptId) throws ProgressException;

    /** The learner's attempts at a quiz, oldest first. */
    List<Attempt> attempts(String learnerId, String packId, String quizId) throws ProgressException;

    /** Every attempt of the learner, oldest first. */
    List<Attempt> attempts(String learnerId) throws ProgressException;

    List<RecordedAnswer> answers(String attemptId) throws ProgressException;

    /** Records a completion once; later calls for the same module or course return the first one. */
    Completion recordCompletion(String learnerId, String packId, String courseId, Optional<String> moduleId)
            throws ProgressException;

    List<Completion> completions(String learnerId) throws ProgressException;
}
