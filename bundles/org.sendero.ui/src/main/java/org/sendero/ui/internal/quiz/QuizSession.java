package org.sendero.ui.internal.quiz;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import org.sendero.core.quiz.AttemptRule;
import org.sendero.core.quiz.ItemScore;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.QuizLayout;
import org.sendero.core.quiz.QuizScore;
import org.sendero.core.quiz.Response;
import org.sendero.core.quiz.Scorer;
import org.sendero.progress.Attempt;
import org.sendero.progress.CompletionService;
import org.sendero.progress.Learner;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.RecordedAnswer;
import org.sendero.ui.quiz.LocatedQuiz;

/**
 * One attempt at a quiz as the quiz part takes it: the order its items are shown in, what was
 * answered, and the store every answer goes to as soon as it is given. Its methods read or write
 * the database, so the part calls them off the UI thread; it is used by one thread at a time.
 * A practice session ({@link #practice}) keeps its answers in memory only: a trainer trying a quiz
 * being written leaves no trace in anybody's progress.
 */
public final class QuizSession {

    private final ProgressStore store;
    private final CompletionService completion;
    private final Learner learner;
    private final LocatedQuiz located;
    private final Attempt attempt;
    private final int attemptNumber;
    private final List<PresentedItem> layout;
    private final Map<String, Answered> answers = new LinkedHashMap<>();

    /** An item's answer with its score (feedback and section to reread). */
    public record Answered(PresentedItem item, Response response, ItemScore score) {
    }

    private QuizSession(ProgressStore store, CompletionService completion, Learner learner, LocatedQuiz located,
            Attempt attempt, int attemptNumber) {
        this.store = store;
        this.completion = completion;
        this.learner = learner;
        this.located = located;
        this.attempt = attempt;
        this.attemptNumber = attemptNumber;
        this.layout = QuizLayout.of(located.quiz(), attempt.seed());
    }

    /**
     * Resumes the learner's unfinished attempt (in the order it was shown) or starts a new one;
     * empty when every allowed attempt has been used.
     */
    public static Optional<QuizSession> startOrResume(ProgressStore store, CompletionService completion,
            Learner learner, LocatedQuiz located, long newSeed) throws ProgressException {
        List<Attempt> attempts = store.attempts(learner.id(), located.pack().id(), located.quiz().id());
        Optional<Attempt> unfinished = attempts.stream().filter(a -> !a.isFinished()).reduce((a, b) -> b);
        QuizSession session;
        if (unfinished.isPresent()) {
            session = new QuizSession(store, completion, learner, located, unfinished.get(), attempts.size());
            for (RecordedAnswer recorded : store.answers(unfinished.get().id())) {
                session.layout.stream().filter(item -> item.question().id().equals(recorded.itemId())).findFirst()
                        .ifPresent(item -> session.answers.put(recorded.itemId(), new Answered(item,
                                recorded.response(), Scorer.score(item.question(), recorded.response()))));
            }
        } else if (AttemptRule.mayStart(located.quiz(), attempts.size())) {
            Attempt started = store.startAttempt(learner.id(), located.ref(), newSeed);
            session = new QuizSession(store, completion, learner, located, started, attempts.size() + 1);
        } else {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /**
     * A trial run of a quiz, e.g. one a trainer is writing: scored like any attempt, stored nowhere,
     * with no limit on attempts.
     */
    public static QuizSession practice(LocatedQuiz located, long seed) {
        Attempt trial = new Attempt("practice", "", located.ref(), seed, java.time.Instant.now(), Optional.empty(),
                java.util.OptionalDouble.empty(), Optional.empty(), Duration.ZERO);
        return new QuizSession(null, null, null, located, trial, 1);
    }

    /** True for a trial run whose answers are not stored. */
    public boolean isPractice() {
        return store == null;
    }

    public LocatedQuiz located() {
        return located;
    }

    public Attempt attempt() {
        return attempt;
    }

    /** 1 for the first attempt. */
    public int attemptNumber() {
        return attemptNumber;
    }

    public List<PresentedItem> items() {
        return layout;
    }

    /** The first item shown that has no answer yet, from {@code from} on. */
    public OptionalInt nextUnanswered(int from) {
        return IntStream.range(Math.max(0, from), layout.size())
                .filter(i -> !answers.containsKey(layout.get(i).question().id())).findFirst();
    }

    /** Scores the answer and commits it to the progress database before returning. */
    public Answered answer(int index, Response response, Duration spent) throws ProgressException {
        PresentedItem item = layout.get(index);
        ItemScore score = Scorer.score(item.question(), response);
        if (!isPractice()) {
            store.recordAnswer(attempt.id(), item.question().id(), response, score.credit(), spent);
        }
        Answered answered = new Answered(item, response, score);
        answers.put(item.question().id(), answered);
        return answered;
    }

    /** The answers given, in the order the items were shown. */
    public List<Answered> answers() {
        return layout.stream().map(item -> answers.get(item.question().id())).filter(java.util.Objects::nonNull)
                .toList();
    }

    /**
     * Closes the attempt with its score (over the answers as stored) and records the module and
     * course completions it brings.
     */
    public QuizScore finish() throws ProgressException {
        if (isPractice()) {
            return QuizScore.of(located.quiz(), answers().stream().map(Answered::score).toList());
        }
        List<RecordedAnswer> stored = store.answers(attempt.id());
        QuizScore score = QuizScore.of(located.quiz(), stored.stream()
                .map(a -> new ItemScore(a.itemId(), a.credit(), List.of(), Optional.empty())).toList());
        Duration spent = stored.stream().map(RecordedAnswer::duration).reduce(Duration.ZERO, Duration::plus);
        store.finishAttempt(attempt.id(), score, spent);
        completion.update(learner.id(), located.pack());
        return score;
    }

    /** Whether another attempt may be started after this one. */
    public boolean mayRetry() {
        return isPractice() || AttemptRule.mayStart(located.quiz(), attemptNumber);
    }
}
