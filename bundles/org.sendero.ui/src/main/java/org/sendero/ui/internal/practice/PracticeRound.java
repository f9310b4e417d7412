package org.sendero.ui.internal.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sendero.core.content.Pack;
import org.sendero.core.quiz.ItemScore;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.QuizLayout;
import org.sendero.core.quiz.Response;
import org.sendero.core.quiz.Scorer;
import org.sendero.progress.Learner;
import org.sendero.progress.PracticeItem;
import org.sendero.progress.PracticeResult;
import org.sendero.progress.PracticeService;
import org.sendero.progress.ProgressException;
import org.sendero.ui.library.Languages;
import org.sendero.ui.quiz.LocatedQuiz;

/**
 * One practice session, without widgets: the questions due, found in the installed packs in the
 * learner's language, and each answer scored and committed as it is given. Its methods read or
 * write the database: call them off the UI thread, from one thread at a time.
 */
public final class PracticeRound {

    /** A due question as it is shown. */
    public record Question(PracticeItem item, LocatedQuiz located, PresentedItem presented) {
    }

    /** An answer as it was scored and recorded. */
    public record Answered(Question question, Response response, ItemScore score, PracticeResult result) {
    }

    private final PracticeService practice;
    private final Learner learner;
    private final List<Question> questions;
    private final Clock clock;
    private final String sessionId = UUID.randomUUID().toString();
    private final List<Answered> answers = new ArrayList<>();

    private PracticeRound(PracticeService practice, Learner learner, List<Question> questions, Clock clock) {
        this.practice = practice;
        this.learner = learner;
        this.questions = List.copyOf(questions);
        this.clock = clock;
    }

    /**
     * The questions due for {@code learner} now. A question whose quiz is no longer installed is
     * left out: it stays due, and comes back if its pack does.
     *
     * @param seed the order of each question's choices
     */
    public static PracticeRound due(PracticeService practice, Learner learner, List<Pack> packs, Languages languages,
            Clock clock, long seed) throws ProgressException {
        List<Question> questions = new ArrayList<>();
        for (PracticeItem item : practice.due(learner.id(), ZonedDateTime.now(clock))) {
            find(item, packs, languages, seed).ifPresent(questions::add);
        }
        return new PracticeRound(practice, learner, questions, clock);
    }

    private static Optional<Question> find(PracticeItem item, List<Pack> packs, Languages languages, long seed) {
        return LocatedQuiz.find(packs, item.quiz().packId(), item.quiz().quizId(), languages)
                .filter(located -> located.course().id().equals(item.quiz().courseId())
                        && located.module().id().equals(item.quiz().moduleId()))
                .flatMap(located -> QuizLayout.of(located.quiz(), seed).stream()
                        .filter(presented -> presented.question().id().equals(item.itemId())).findFirst()
                        .map(presented -> new Question(item.in(located.quiz().lang()), located, presented)));
    }

    public List<Question> questions() {
        return questions;
    }

    /** Scores the answer to question {@code index} and commits it before returning. */
    public Answered answer(int index, Response response, Duration spent) throws ProgressException {
        Question question = questions.get(index);
        ItemScore score = Scorer.score(question.presented().question(), response);
        PracticeResult result = practice.record(learner.id(), sessionId, question.item(), response, score.credit(),
                spent, ZonedDateTime.now(clock));
        Answered answered = new Answered(question, response, score, result);
        answers.add(answered);
        return answered;
    }

    public List<Answered> answers() {
        return List.copyOf(answers);
    }

    /** The practice as it stands after the answers given. */
    public PracticeStatus status() throws ProgressException {
        return PracticeStatus.of(practice.overview(learner.id(), ZonedDateTime.now(clock)));
    }
}
