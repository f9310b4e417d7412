package org.sendero.ui.internal.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.QuizScore;

/**
 * Where a learner is in a quiz attempt, without any widget: the item shown, whether it waits for
 * an answer, is being saved or shows its feedback, and the review at the end. The quiz part draws
 * what this says and does what {@link #action()} asks of its one button.
 */
public final class QuizFlow {

    /** Where the flow is in an attempt. */
    public enum Phase {
        /** No attempt on screen: nothing opened yet, loading, or no attempt left. */
        IDLE,
        /** An item waits for its answer. */
        ANSWERING,
        /** An answer or the attempt's score is being stored. */
        SAVING,
        /** The feedback on the last answer is shown; the next item or the results come next. */
        FEEDBACK,
        /** The attempt is closed and its review is shown. */
        REVIEW
    }

    /** What the part's one button does now. */
    public enum Action {
        /** Nothing until the answer is saved or a quiz is opened. */
        NONE,
        /** Check and store the answer to the item shown. */
        SUBMIT,
        /** Show the next unanswered item, or close the attempt after the last. */
        ADVANCE,
        /** Take the quiz again (a trial starts a new trial). */
        RETRY
    }

    private final Clock clock;
    private Phase phase = Phase.IDLE;
    private QuizSession session;
    private int index;
    private Instant shownAt;
    private Optional<QuizScore> lastScore = Optional.empty();

    public QuizFlow() {
        this(Clock.systemUTC());
    }

    /** @param clock measures the time a learner spends on each item */
    public QuizFlow(Clock clock) {
        this.clock = clock;
        this.shownAt = clock.instant();
    }

    public Phase phase() {
        return phase;
    }

    /** The attempt on screen, empty before the first one and while another quiz loads. */
    public Optional<QuizSession> session() {
        return Optional.ofNullable(session);
    }

    /** Forgets the attempt: another quiz is on its way. */
    public void close() {
        phase = Phase.IDLE;
        session = null;
    }

    /** Nothing to answer on screen (a message instead); the attempt, if any, is kept. */
    public void idle() {
        phase = Phase.IDLE;
    }

    /**
     * Takes {@code started} as the attempt on screen.
     *
     * @return the first item still to answer; empty when all are answered and the attempt only needs closing
     */
    public OptionalInt begin(QuizSession started) {
        session = started;
        return started.nextUnanswered(0);
    }

    /** Item {@code at} waits for its answer. */
    public PresentedItem show(int at) {
        index = at;
        phase = Phase.ANSWERING;
        return current();
    }

    /** The item is on screen now: the time spent on it counts from here. */
    public void shown() {
        shownAt = clock.instant();
    }

    /** The time since the item was shown, stored with its answer. */
    public Duration timeOnItem() {
        return Duration.between(shownAt, clock.instant());
    }

    /** The item shown last, answered or not. */
    public PresentedItem current() {
        return session.items().get(index);
    }

    public int index() {
        return index;
    }

    /** An answer or the score is being stored: the button waits. */
    public void saving() {
        phase = Phase.SAVING;
    }

    /** The feedback on the answer is shown (or a failure to close the attempt, which the button retries). */
    public void feedback() {
        phase = Phase.FEEDBACK;
    }

    /** Whether the quiz gives its feedback after each answer rather than at the end. */
    public boolean feedbackAfterEachAnswer() {
        return session.located().quiz().feedback() == FeedbackTiming.IMMEDIATE;
    }

    /** The next item still to answer after the one shown; empty when the attempt is ready to close. */
    public OptionalInt next() {
        return session.nextUnanswered(index + 1);
    }

    /** The attempt is closed with {@code score}, shown in the review. */
    public void review(QuizScore score) {
        phase = Phase.REVIEW;
        lastScore = Optional.of(score);
    }

    public Action action() {
        return switch (phase) {
            case ANSWERING -> Action.SUBMIT;
            case FEEDBACK -> Action.ADVANCE;
            case REVIEW -> Action.RETRY;
            case IDLE, SAVING -> Action.NONE;
        };
    }

    /** The item shown now, while it waits for an answer. */
    public Optional<PresentedItem> itemAwaitingAnswer() {
        return phase == Phase.ANSWERING && session != null ? Optional.of(current()) : Optional.empty();
    }

    public boolean showsFeedback() {
        return phase == Phase.FEEDBACK;
    }

    /** The score of the attempt, while its review is shown. */
    public Optional<QuizScore> reviewedScore() {
        return phase == Phase.REVIEW ? lastScore : Optional.empty();
    }

    public Optional<String> attemptId() {
        return session().map(s -> s.attempt().id());
    }
}
