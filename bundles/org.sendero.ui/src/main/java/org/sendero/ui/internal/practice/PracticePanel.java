package org.sendero.ui.internal.practice;

import org.sendero.ui.internal.reader.SectionLinks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.Response;
import org.sendero.progress.PracticeService;
import org.sendero.progress.ProgressException;
import org.sendero.ui.internal.quiz.FeedbackView;
import org.sendero.ui.internal.quiz.QuizView;
import org.sendero.ui.quiz.AnswerControl;

/**
 * A practice session on screen: the due questions one after the other with the quiz's answer
 * controls and feedback, the day each comes back, and a summary at the end. Each answer is
 * committed before its feedback is shown; the database work runs off the UI thread.
 */
public final class PracticePanel {

    /** Where the session is. */
    public enum Phase {
        LOADING, ANSWERING, SAVING, FEEDBACK, DONE
    }

    /** Loads the session off the UI thread. */
    @FunctionalInterface
    public interface Loader {
        PracticeRound load() throws ProgressException;
    }

    private final QuizView view;
    private final SectionLinks links;
    private final Consumer<Runnable> ui;
    private final Clock clock;
    private Phase phase = Phase.LOADING;
    private PracticeRound round;
    private int index;
    private AnswerControl answer;
    private Instant shownAt;

    /** @param ui runs work on the UI thread later (asyncExec) */
    PracticePanel(Composite parent, SectionLinks links, Consumer<Runnable> ui, Clock clock) {
        this.view = new QuizView(parent, this::primary);
        this.links = links;
        this.ui = ui;
        this.clock = clock;
        view.title.setText(Messages.Practice_title);
        view.showIdle(Messages.Practice_loading, true);
    }

    /** Loads the questions due and shows the first. */
    void start(Loader loader) {
        phase = Phase.LOADING;
        CompletableFuture.supplyAsync(() -> {
            try {
                return loader.load();
            } catch (ProgressException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((loaded, problem) -> ui.accept(() -> {
            if (view.isDisposed()) {
                return;
            }
            if (problem != null) {
                phase = Phase.DONE;
                view.showIdle(NLS.bind(Messages.Practice_failed, cause(problem).getMessage()), true);
                return;
            }
            round = loaded;
            if (round.questions().isEmpty()) {
                finish();
            } else {
                show(0);
            }
        }));
    }

    private void show(int at) {
        index = at;
        PracticeRound.Question question = round.questions().get(at);
        answer = view.showItem(question.presented(), question.located().quiz(), at, round.questions().size(),
                org.sendero.ui.quiz.Messages.QuizPart_check, this::primary);
        view.bar.setMaximum(round.questions().size());
        view.attemptLine.setText(NLS.bind(Messages.Practice_box, question.item().box(),
                PracticeService.INTERVAL_DAYS.size()));
        phase = Phase.ANSWERING;
        shownAt = clock.instant();
        answer.focusControl().setFocus();
    }

    private void primary() {
        switch (phase) {
            case ANSWERING -> submit();
            case FEEDBACK -> {
                if (index + 1 < round.questions().size()) {
                    show(index + 1);
                } else {
                    finish();
                }
            }
            case LOADING, SAVING, DONE -> {
                // the button is hidden or waits for the database
            }
        }
    }

    private void submit() {
        Optional<Response> response = answer.response();
        if (response.isEmpty()) {
            view.message.setText(org.sendero.ui.quiz.Messages.QuizPart_chooseFirst);
            return;
        }
        phase = Phase.SAVING;
        answer.lock();
        view.message.setText(org.sendero.ui.quiz.Messages.QuizPart_saving);
        view.primary.setEnabled(false);
        int at = index;
        Duration spent = Duration.between(shownAt, clock.instant());
        CompletableFuture.supplyAsync(() -> {
            try {
                return round.answer(at, response.get(), spent);
            } catch (ProgressException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((answered, problem) -> ui.accept(() -> {
            if (view.isDisposed()) {
                return;
            }
            view.primary.setEnabled(true);
            if (problem != null) {
                // the answer stays as given: the button tries to save it again
                phase = Phase.ANSWERING;
                view.message.setText(NLS.bind(Messages.Practice_failed, cause(problem).getMessage()));
                return;
            }
            showFeedback(answered);
        }));
    }

    private void showFeedback(PracticeRound.Answered answered) {
        String packId = answered.question().located().pack().id();
        FeedbackView.create(view.feedbackHolder(), answered.score(), link -> links.sectionTitle(link, packId),
                link -> links.reread(link, packId));
        Label when = new Label(view.feedbackHolder(), SWT.WRAP);
        when.setText(AnswerControl.literal(answered.result().due()
                .map(day -> NLS.bind(Messages.Practice_backOn, PracticeStatus.date(day)))
                .orElse(Messages.Practice_learnt)));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(when);
        view.message.setText("");
        view.primary.setText(index + 1 < round.questions().size() ? org.sendero.ui.quiz.Messages.QuizPart_next
                : Messages.Practice_finish);
        phase = Phase.FEEDBACK;
        view.refit();
        view.primary.setFocus();
    }

    /** The summary: what was practised, and when the next questions are due. */
    private void finish() {
        phase = Phase.LOADING;
        List<PracticeRound.Answered> given = round.answers();
        CompletableFuture.supplyAsync(() -> {
            try {
                return round.status();
            } catch (ProgressException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((status, problem) -> ui.accept(() -> {
            if (view.isDisposed()) {
                return;
            }
            phase = Phase.DONE;
            StringBuilder text = new StringBuilder();
            if (!given.isEmpty()) {
                long right = given.stream().filter(a -> a.score().correct()).count();
                text.append(NLS.bind(Messages.Practice_done, given.size(), right)).append("\n\n");
            }
            if (problem != null) {
                text.append(NLS.bind(Messages.Practice_failed, cause(problem).getMessage()));
            } else if (status.canStart()) {
                text.append(status.label());
            } else if (!given.isEmpty() && status.next().isPresent()) {
                text.append(NLS.bind(Messages.Practice_nextOn, PracticeStatus.date(status.next().get())));
            } else {
                text.append(status.label());
            }
            view.showIdle(text.toString(), true);
        }));
    }

    private static Throwable cause(Throwable problem) {
        return problem instanceof CompletionException && problem.getCause() != null ? problem.getCause() : problem;
    }

    public Phase phase() {
        return phase;
    }

    /** The question waiting for its answer, empty in any other phase. */
    public Optional<PresentedItem> itemAwaitingAnswer() {
        return phase == Phase.ANSWERING ? Optional.of(round.questions().get(index).presented()) : Optional.empty();
    }

    /** The controls of the question shown. */
    public AnswerControl answerControl() {
        return answer;
    }

    public Button primaryButton() {
        return view.primary;
    }

    public String progressText() {
        return view.progress.getText();
    }

    public String boxText() {
        return view.attemptLine.getText();
    }

    /** Every text in the body, in order: the question, its feedback or the summary. */
    public List<String> bodyTexts() {
        return view.bodyTexts();
    }
}
