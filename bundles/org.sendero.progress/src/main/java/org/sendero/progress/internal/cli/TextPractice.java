package org.sendero.progress.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Scenario;
import org.sendero.core.quiz.ItemScore;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.QuizLayout;
import org.sendero.core.quiz.Response;
import org.sendero.core.quiz.Scorer;
import org.sendero.progress.Learner;
import org.sendero.progress.PracticeItem;
import org.sendero.progress.PracticeOverview;
import org.sendero.progress.PracticeResult;
import org.sendero.progress.PracticeService;
import org.sendero.progress.ProgressException;

/**
 * A practice session in the terminal: the due items one after the other, shown and answered as
 * in a quiz, each answer committed before "Recorded." is printed, with its feedback and the day
 * the item comes back. Stopping half way loses nothing: the items not answered stay due.
 */
final class TextPractice {

    private final PracticeService practice;
    private final List<Pack> packs;
    private final TextPrompts prompts;
    private final PrintStream out;
    private final Clock clock;

    TextPractice(PracticeService practice, List<Pack> packs, TextPrompts prompts, PrintStream out, Clock clock) {
        this.practice = practice;
        this.packs = List.copyOf(packs);
        this.prompts = prompts;
        this.out = out;
        this.clock = clock;
    }

    /** An item as it is shown: the quiz version it comes from and its choices' order. */
    record Shown(Quiz quiz, PresentedItem item) {
    }

    /**
     * @param lang the language to show items in when their quiz has it; empty for the language
     *        each item was last answered in
     * @param seed the order of each item's choices
     * @return the exit code: 0 when every due item was answered, 1 when the input ended first
     */
    int run(Learner learner, Optional<String> lang, long seed) throws ProgressException, IOException {
        List<PracticeItem> due = practice.due(learner.id(), ZonedDateTime.now(clock));
        if (due.isEmpty()) {
            out.println(nothingDue(learner));
            return 0;
        }
        out.println("Practice for " + learner.name() + ": " + questions(due.size()) + " due.");
        String session = UUID.randomUUID().toString();
        int right = 0;
        int answered = 0;
        // a situation shared by several questions is shown above the first of them, as in the quiz
        Set<String> situationsShown = new HashSet<>();
        for (int i = 0; i < due.size(); i++) {
            PracticeItem item = due.get(i);
            out.println();
            Optional<Shown> shown = show(item, lang.orElse(item.quiz().lang()), seed);
            if (shown.isEmpty()) {
                out.println("Question " + (i + 1) + " of " + due.size() + ": skipped, " + item.itemId() + " of "
                        + item.quiz().quizId() + " is no longer in the installed packs.");
                continue;
            }
            Quiz quiz = shown.get().quiz();
            PresentedItem presented = shown.get().item();
            presented.question().common().scenario()
                    .filter(scenario -> situationsShown.add(item.quiz().packId() + "/" + quiz.id() + "/" + scenario))
                    .flatMap(quiz::scenario).map(Scenario::text)
                    .ifPresent(text -> out.println("Situation: " + text.strip()));
            out.println("Question " + (i + 1) + " of " + due.size() + ": " + presented.question().prompt());
            prompts.printChoices(presented);
            Instant start = clock.instant();
            Optional<Response> response = prompts.ask(presented);
            if (response.isEmpty()) {
                out.println();
                out.println("Stopped. Your answers so far are saved; the questions not answered stay due.");
                return 1;
            }
            ItemScore score = Scorer.score(presented.question(), response.get());
            PracticeResult result = practice.record(learner.id(), session, item.in(quiz.lang()), response.get(),
                    score.credit(), Duration.between(start, clock.instant()), ZonedDateTime.now(clock));
            out.println("Recorded.");
            prompts.printFeedback(score);
            out.println(result.learnt() ? "Learnt: this question does not come back."
                    : "Box " + result.box() + " of " + PracticeService.INTERVAL_DAYS.size() + ": back on "
                            + result.due().orElseThrow() + ".");
            answered++;
            right += score.correct() ? 1 : 0;
        }
        out.println();
        out.println("Practised " + questions(answered) + ": " + right + " right.");
        practice.overview(learner.id(), ZonedDateTime.now(clock)).next()
                .ifPresent(next -> out.println("Next practice on " + next + "."));
        return 0;
    }

    private String nothingDue(Learner learner) throws ProgressException {
        PracticeOverview overview = practice.overview(learner.id(), ZonedDateTime.now(clock));
        return overview.next().map(next -> "No questions due; next on " + next + ".")
                .orElse("No questions due; a question answered wrongly in a quiz comes back here the next day.");
    }

    private static String questions(int count) {
        return count == 1 ? "1 question" : count + " questions";
    }

    /** The item in the installed packs, in {@code lang} when its quiz has that language. */
    Optional<Shown> show(PracticeItem item, String lang, long seed) {
        for (Pack pack : packs) {
            if (!pack.id().equals(item.quiz().packId())) {
                continue;
            }
            for (Course course : pack.courses()) {
                for (Module module : course.modules()) {
                    boolean here = course.id().equals(item.quiz().courseId())
                            && module.id().equals(item.quiz().moduleId())
                            && module.quizzes().stream().anyMatch(q -> q.id().equals(item.quiz().quizId()));
                    if (here) {
                        Optional<Quiz> quiz = module.quiz(lang);
                        return quiz.flatMap(q -> QuizLayout.of(q, seed).stream()
                                .filter(presented -> presented.question().id().equals(item.itemId())).findFirst()
                                .map(presented -> new Shown(q, presented)));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
