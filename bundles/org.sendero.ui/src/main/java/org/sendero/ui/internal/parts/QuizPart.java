package org.sendero.ui.internal.parts;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.QuizScore;
import org.sendero.core.quiz.Response;
import org.sendero.progress.CompletionService;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressStore;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.preferences.UiPreferences;
import org.sendero.ui.quiz.AnswerControl;
import org.sendero.ui.internal.quiz.QuizLearner;
import org.sendero.ui.internal.quiz.FeedbackView;
import org.sendero.ui.quiz.LocatedQuiz;
import org.sendero.ui.quiz.Messages;
import org.sendero.ui.quiz.QuizLauncher;
import org.sendero.ui.internal.quiz.QuizFlow;
import org.sendero.ui.internal.quiz.QuizSession;
import org.sendero.ui.internal.quiz.QuizView;
import org.sendero.ui.internal.quiz.ReviewView;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.reader.SectionLinks;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A module's quiz, one item at a time: the situation above the items that share it, the natural
 * control for each kind of item, feedback after each answer or at the end as the quiz says, and a
 * review with the score, the right answers and the guidance to reread. Every answer is committed
 * to the learner's progress before the next item is shown; the database work runs off the UI
 * thread.
 */
public final class QuizPart {

    public static final String ID = QuizLauncher.PART_ID;

    private final LibraryModel model;
    private final QuizLauncher launcher;
    private final QuizLearner learner;
    private final ProgressStore store;
    private final CompletionService completion;
    private final UISynchronize ui;
    private final SectionLinks links;
    private final UiPreferences preferences;
    private final SecureRandom random = new SecureRandom();
    private final Consumer<QuizLauncher.Request> onOpen = request -> open(request.packId(), request.quizId());
    private final Consumer<LocatedQuiz> onTryOut = this::tryOut;
    private final QuizFlow flow = new QuizFlow();

    private QuizView view;
    private int requests;
    private AnswerControl answer;

    @Inject
    public QuizPart(LibraryModel model, QuizLauncher launcher, QuizLearner learner, ProgressStore store,
            CompletionService completion, Navigator navigator, UISynchronize ui, UiPreferences preferences,
            @org.eclipse.e4.core.di.annotations.Optional EPartService parts) {
        this.preferences = preferences;
        this.model = model;
        this.launcher = launcher;
        this.learner = learner;
        this.store = store;
        this.completion = completion;
        this.ui = ui;
        this.links = new SectionLinks(model, this::languages, navigator, parts);
    }

    @PostConstruct
    public void create(Composite parent) {
        view = new QuizView(parent, this::primary);
        showIdle(Messages.QuizPart_empty);
        launcher.onOpen(onOpen);
        launcher.onTryOut(onTryOut);
    }

    @PreDestroy
    public void dispose() {
        launcher.removeOnOpen(onOpen);
        launcher.removeOnTryOut(onTryOut);
    }

    @Focus
    public void setFocus() {
        if (answer != null && flow.phase() == QuizFlow.Phase.ANSWERING && !answer.focusControl().isDisposed()) {
            answer.focusControl().setFocus();
        } else if (view.primary.isVisible()) {
            view.primary.setFocus();
        } else {
            view.scroller.setFocus();
        }
    }

    /**
     * Takes quiz {@code quizId} of pack {@code packId} for the current learner: resumes their
     * unfinished attempt, or starts a new one when attempts are left.
     */
    public void open(String packId, String quizId) {
        flow.close();
        // a quiz asked for while another was still loading wins over it
        int request = ++requests;
        showIdle(Messages.QuizPart_loading);
        CompletableFuture.supplyAsync(() -> {
            List<Pack> packs = model.packs().isEmpty() ? model.loaded().join() : model.packs();
            LocatedQuiz located = LocatedQuiz.find(packs, packId, quizId, languages())
                    .orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.QuizPart_notFound, quizId)));
            try {
                return new Opened(located, QuizSession.startOrResume(store, completion, learner.learner(), located,
                        random.nextLong()));
            } catch (ProgressException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((opened, problem) -> ui.asyncExec(() -> {
            if (view.isDisposed() || request != requests) {
                return;
            }
            if (problem != null) {
                showIdle(NLS.bind(Messages.QuizPart_failed, cause(problem).getMessage()));
            } else if (opened.session().isEmpty()) {
                view.title
                        .setText(QuizView.literal(opened.located().quiz().title().in(opened.located().quiz().lang())));
                showIdle(NLS.bind(Messages.QuizPart_noAttempts, opened.located().quiz().attempts()));
            } else {
                begin(opened.session().get());
            }
        }));
    }

    /** Runs {@code located} as a trial: the same screens, nothing recorded. */
    public void tryOut(LocatedQuiz located) {
        ++requests;
        begin(QuizSession.practice(located, random.nextLong()));
        view.attemptLine.setText(NLS.bind(Messages.QuizPart_trial, located.quiz().passMark()));
    }

    private Languages languages() {
        return new Languages(preferences.contentLanguage());
    }

    private record Opened(LocatedQuiz located, Optional<QuizSession> session) {
    }

    private void begin(QuizSession started) {
        OptionalInt first = flow.begin(started);
        Quiz quiz = started.located().quiz();
        view.title.setText(QuizView.literal(quiz.title().in(quiz.lang())));
        view.attemptLine
                .setText(LanguageNotice.before(quiz.lang(), preferences.contentLanguage()) + (quiz.attempts() > 0
                        ? NLS.bind(Messages.QuizPart_attempt,
                                new Object[] { started.attemptNumber(), quiz.attempts(), quiz.passMark() })
                        : NLS.bind(Messages.QuizPart_attemptUnlimited, started.attemptNumber(), quiz.passMark())));
        view.bar.setMaximum(started.items().size());
        if (first.isPresent()) {
            showItem(first.getAsInt());
        } else {
            finish();
        }
    }

    /** Shows item {@code at} with its situation above it and its answer controls. */
    private void showItem(int at) {
        PresentedItem item = flow.show(at);
        QuizSession session = flow.session().orElseThrow();
        answer = view.showItem(item, session.located().quiz(), at, session.items().size(),
                flow.feedbackAfterEachAnswer() ? Messages.QuizPart_check : nextLabel(), this::primary);
        flow.shown();
        answer.focusControl().setFocus();
    }

    /** What the one button does now. */
    private void primary() {
        switch (flow.action()) {
            case SUBMIT -> submit();
            case ADVANCE -> advance();
            case RETRY -> {
                QuizSession session = flow.session().orElseThrow();
                if (session.isPractice()) {
                    tryOut(session.located());
                } else {
                    open(session.located().pack().id(), session.located().quiz().id());
                }
            }
            case NONE -> {
                // nothing to do until the answer is saved or a quiz is opened
            }
        }
    }

    /** Records the answer as given (committed before it is shown as accepted), then gives feedback or moves on. */
    private void submit() {
        Optional<Response> response = answer.response();
        if (response.isEmpty()) {
            view.message.setText(flow.current().question() instanceof Question.Numeric
                    ? Messages.QuizPart_notANumber : Messages.QuizPart_chooseFirst);
            view.relayout();
            return;
        }
        flow.saving();
        answer.lock();
        view.primary.setEnabled(false);
        view.message.setText(Messages.QuizPart_saving);
        QuizSession current = flow.session().orElseThrow();
        int at = flow.index();
        Duration spent = flow.timeOnItem();
        offUi(() -> current.answer(at, response.get(), spent)).whenComplete((answered, problem) -> ui.asyncExec(() -> {
            if (view.isDisposed() || !isOnScreen(current)) {
                return;
            }
            view.primary.setEnabled(true);
            if (problem != null) {
                showItem(at);
                view.message.setText(NLS.bind(Messages.QuizPart_failed, cause(problem).getMessage()));
                view.relayout();
            } else if (flow.feedbackAfterEachAnswer()) {
                flow.feedback();
                view.bar.setSelection(at + 1);
                view.message.setText("");
                FeedbackView.create(view.feedbackHolder(), answered.score(), this::sectionTitle, this::reread);
                view.primary.setText(nextLabel());
                view.refit();
                view.primary.setFocus();
            } else {
                advance();
                if (flow.phase() == QuizFlow.Phase.ANSWERING) {
                    // the previous answer was stored; its feedback waits for the review
                    view.message.setText(Messages.QuizPart_feedbackLater);
                }
            }
        }));
    }

    /** Whether {@code session} is still the attempt on screen, not one replaced while it was saving. */
    private boolean isOnScreen(QuizSession session) {
        return flow.session().orElse(null) == session;
    }

    private String nextLabel() {
        return flow.next().isPresent() ? Messages.QuizPart_next : Messages.QuizPart_results;
    }

    private void advance() {
        OptionalInt next = flow.next();
        if (next.isPresent()) {
            showItem(next.getAsInt());
        } else {
            finish();
        }
    }

    /** Closes the attempt with its score off the UI thread, then shows the review. */
    private void finish() {
        flow.saving();
        view.primary.setEnabled(false);
        QuizSession current = flow.session().orElseThrow();
        offUi(current::finish).whenComplete((score, problem) -> ui.asyncExec(() -> {
            if (view.isDisposed() || !isOnScreen(current)) {
                return;
            }
            view.primary.setEnabled(true);
            if (problem != null) {
                flow.feedback();
                view.message.setText(NLS.bind(Messages.QuizPart_failed, cause(problem).getMessage()));
                view.relayout();
                return;
            }
            showReview(score);
            if (!current.isPractice()) {
                launcher.finished(current.located().ref());
            }
        }));
    }

    private void showReview(QuizScore score) {
        flow.review(score);
        QuizSession session = flow.session().orElseThrow();
        view.clearBody();
        view.progress.setText(NLS.bind(Messages.QuizPart_progress, session.items().size(), session.items().size()));
        view.bar.setSelection(session.items().size());
        view.message.setText("");
        Label result = ReviewView.create(view.body, score, session.answers(), this::sectionTitle, this::reread);
        boolean retry = session.mayRetry();
        view.primary.setText(Messages.QuizPart_retry);
        view.showPrimary(retry);
        view.refit();
        view.scroller.setOrigin(0, 0);
        if (retry) {
            view.primary.setFocus();
        } else {
            result.setFocus();
        }
    }

    private String sectionTitle(ContentLink link) {
        return links.sectionTitle(link, flow.session().orElseThrow().located().pack().id());
    }

    private void reread(ContentLink link) {
        links.reread(link, flow.session().orElseThrow().located().pack().id());
    }

    private void showIdle(String text) {
        flow.idle();
        answer = null;
        view.showIdle(text, flow.session().isEmpty());
    }

    /** Progress work that must not hold up the UI thread. */
    private interface ProgressWork<T> {
        T run() throws ProgressException;
    }

    private static <T> CompletableFuture<T> offUi(ProgressWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (ProgressException e) {
                throw new CompletionException(e);
            }
        });
    }

    private static Throwable cause(Throwable problem) {
        Throwable cause = problem;
        while ((cause instanceof CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    // For tests and accessibility checks: what a person sees and the controls they use.

    public String progressText() {
        return view.progress.getText();
    }

    public String titleText() {
        return view.title.getText();
    }

    public Button primaryButton() {
        return view.primary;
    }

    public String messageText() {
        return view.message.getText();
    }

    /** The body: the situation, the item, its answer controls and feedback, or the review. */
    public Composite body() {
        return view.body;
    }

    /** The item shown now, while it waits for an answer. */
    public Optional<PresentedItem> itemAwaitingAnswer() {
        return flow.itemAwaitingAnswer();
    }

    public boolean showsFeedback() {
        return flow.showsFeedback();
    }

    public Optional<QuizScore> reviewedScore() {
        return flow.reviewedScore();
    }

    public Optional<String> attemptId() {
        return flow.attemptId();
    }

    /** Every text shown in the body, in order, for checking what the review says. */
    public List<String> bodyTexts() {
        return view.bodyTexts();
    }
}
