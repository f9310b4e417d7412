package org.sendero.progress.internal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Scenario;
import org.sendero.core.quiz.AttemptRule;
import org.sendero.core.quiz.ItemScore;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.QuizLayout;
import org.sendero.core.quiz.QuizScore;
import org.sendero.core.quiz.Response;
import org.sendero.core.quiz.Scorer;
import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.CompletionService;
import org.sendero.progress.Learner;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.QuizRef;
import org.sendero.progress.RecordedAnswer;

/**
 * A quiz in the terminal: plain lines a screen reader reads in order, answers typed or piped in.
 * Each answer is recorded (committed) before "Recorded." is printed; an attempt left unfinished is
 * resumed with the same order the next time.
 */
final class TextQuiz {

    private final ProgressStore store;
    private final CompletionService completion;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final TextPrompts prompts;

    TextQuiz(ProgressStore store, CompletionService completion, BufferedReader in, PrintStream out, PrintStream err,
            Clock clock) {
        this.store = store;
        this.completion = completion;
        this.in = in;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.prompts = new TextPrompts(in, out, err);
    }

    /** @return the exit code: 0 when the attempt was finished, 1 otherwise */
    int run(Learner learner, InstalledQuizzes.Located located, long newSeed) throws ProgressException, IOException {
        Quiz quiz = located.quiz();
        String packId = located.pack().id();
        List<Attempt> attempts = store.attempts(learner.id(), packId, quiz.id());
        Optional<Attempt> unfinished = attempts.stream().filter(a -> !a.isFinished()).reduce((a, b) -> b);
        Attempt attempt;
        if (unfinished.isPresent()) {
            attempt = unfinished.get();
            out.println("Continuing your unfinished attempt of " + attempt.started() + ".");
        } else if (!AttemptRule.mayStart(quiz, attempts.size())) {
            err.println("sendero quiz: " + learner.name() + " has used all " + quiz.attempts() + " attempts at "
                    + quiz.id());
            return 1;
        } else {
            attempt = store.startAttempt(learner.id(), new QuizRef(packId, located.course().id(), located.module().id(),
                    quiz.id(), quiz.lang()), newSeed);
        }
        List<PresentedItem> layout = QuizLayout.of(quiz, attempt.seed());
        Map<String, RecordedAnswer> answered = store.answers(attempt.id()).stream()
                .collect(Collectors.toMap(RecordedAnswer::itemId, Function.identity()));
        out.println(quiz.title().in(quiz.lang()) + " (" + quiz.items().size() + " questions, pass mark "
                + quiz.passMark()
                + "%"
                + (quiz.attempts() > 0 ? ", attempt " + (attempts.size() + (unfinished.isPresent() ? 0 : 1)) + " of "
                        + quiz.attempts() : "")
                + ")");
        Set<String> scenariosShown = new HashSet<>();
        List<ItemScore> endFeedback = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            PresentedItem item = layout.get(i);
            if (answered.containsKey(item.question().id())) {
                continue;
            }
            out.println();
            item.question().common().scenario().filter(scenariosShown::add).flatMap(quiz::scenario)
                    .map(Scenario::text).ifPresent(text -> out.println("Situation: " + text.strip()));
            out.println("Question " + (i + 1) + " of " + layout.size() + ": " + item.question().prompt());
            prompts.printChoices(item);
            Instant shown = clock.instant();
            Optional<Response> response = prompts.ask(item);
            if (response.isEmpty()) {
                out.println();
                out.println("Stopped. Your answers so far are saved; run the same command to continue.");
                return 1;
            }
            ItemScore score = Scorer.score(item.question(), response.get());
            store.recordAnswer(attempt.id(), item.question().id(), response.get(), score.credit(),
                    Duration.between(shown, clock.instant()));
            out.println("Recorded.");
            if (quiz.feedback() == FeedbackTiming.IMMEDIATE) {
                prompts.printFeedback(score);
            } else {
                endFeedback.add(score);
            }
        }
        List<RecordedAnswer> all = store.answers(attempt.id());
        QuizScore score = QuizScore.of(quiz, all.stream()
                .map(a -> new ItemScore(a.itemId(), a.credit(), List.of(), Optional.empty())).toList());
        Duration spent = all.stream().map(RecordedAnswer::duration).reduce(Duration.ZERO, Duration::plus);
        store.finishAttempt(attempt.id(), score, spent);
        out.println();
        if (!endFeedback.isEmpty()) {
            for (ItemScore item : endFeedback) {
                out.println(item.itemId() + ":");
                prompts.printFeedback(item);
            }
            out.println();
        }
        out.println("Score: " + score.percent() + "% (pass mark " + quiz.passMark() + "%): "
                + (score.passed() ? "passed." : "not passed."));
        for (Completion done : completion.update(learner.id(), located.pack())) {
            out.println(done.moduleId().map(m -> "Module " + m).orElse("Course " + done.courseId()) + " complete.");
        }
        return 0;
    }
}
