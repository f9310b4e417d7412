package org.sendero.ui.internal.parts;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.FeedbackTiming;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;
import org.sendero.core.content.Section;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.QuizScore;
import org.sendero.core.quiz.Response;
import org.sendero.progress.CompletionService;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressStore;
import org.sendero.ui.library.Languages;
import org.sendero.ui.library.LibraryModel;
import org.sendero.ui.quiz.AnswerControl;
import org.sendero.ui.internal.quiz.QuizLearner;
import org.sendero.ui.internal.quiz.FeedbackView;
import org.sendero.ui.quiz.LocatedQuiz;
import org.sendero.ui.quiz.Messages;
import org.sendero.ui.quiz.QuizLauncher;
import org.sendero.ui.internal.quiz.QuizSession;
import org.sendero.ui.internal.quiz.ReviewView;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.reader.OpenRequest;

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

    /** Where the part is in an attempt; the one button does what the phase asks. */
    private enum Phase {
        IDLE, ANSWERING, SAVING, FEEDBACK, REVIEW
    }

    private final LibraryModel model;
    private final QuizLauncher launcher;
    private final QuizLearner learner;
    private final ProgressStore store;
    private final CompletionService completion;
    private final Navigator navigator;
    private final UISynchronize ui;
    private final EPartService parts;
    private final Languages languages = Languages.ofLocale(Locale.getDefault());
    private final SecureRandom random = new SecureRandom();
    private final Consumer<QuizLauncher.Request> onOpen = request -> open(request.packId(), request.quizId());
    private final Consumer<LocatedQuiz> onTryOut = this::tryOut;

    private Label title;
    private Label attemptLine;
    private Label progress;
    private ProgressBar bar;
    private ScrolledComposite scroller;
    private Composite body;
    private Label message;
    private Button primary;

    private Phase phase = Phase.IDLE;
    private int requests;
    private QuizSession session;
    private int index;
    private AnswerControl answer;
    private Composite feedbackHolder;
    private Instant shownAt = Instant.now();
    private Optional<QuizScore> lastScore = Optional.empty();

    @Inject
    public QuizPart(LibraryModel model, QuizLauncher launcher, QuizLearner learner, ProgressStore store,
            CompletionService completion, Navigator navigator, UISynchronize ui,
            @org.eclipse.e4.core.di.annotations.Optional EPartService parts) {
        this.model = model;
        this.launcher = launcher;
        this.learner = learner;
        this.store = store;
        this.completion = completion;
        this.navigator = navigator;
        this.ui = ui;
        this.parts = parts;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(parent);
        title = new Label(parent, SWT.WRAP);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
        attemptLine = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(attemptLine);

        Composite progressRow = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(progressRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progressRow);
        progress = new Label(progressRow, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(progress);
        bar = new ProgressBar(progressRow, SWT.HORIZONTAL | SWT.SMOOTH);
        AnswerControl.name(bar, Messages.QuizPart_progressName);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(bar);

        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        body = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(6, 8).applyTo(body);
        scroller.setContent(body);
        scroller.addListener(SWT.Resize, event -> refit());

        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
        primary = new Button(parent, SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(primary);
        primary.addListener(SWT.Selection, event -> primary());

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
        if (answer != null && phase == Phase.ANSWERING && !answer.focusControl().isDisposed()) {
            answer.focusControl().setFocus();
        } else if (primary.isVisible()) {
            primary.setFocus();
        } else {
            scroller.setFocus();
        }
    }

    /**
     * Takes quiz {@code quizId} of pack {@code packId} for the current learner: resumes their
     * unfinished attempt, or starts a new one when attempts are left.
     */
    public void open(String packId, String quizId) {
        phase = Phase.IDLE;
        session = null;
        // a quiz asked for while another was still loading wins over it
        int request = ++requests;
        showIdle(Messages.QuizPart_loading);
        CompletableFuture.supplyAsync(() -> {
            List<Pack> packs = model.packs().isEmpty() ? model.loaded().join() : model.packs();
            LocatedQuiz located = LocatedQuiz.find(packs, packId, quizId, languages)
                    .orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.QuizPart_notFound, quizId)));
            try {
                return new Opened(located, QuizSession.startOrResume(store, completion, learner.learner(), located,
                        random.nextLong()));
            } catch (ProgressException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((opened, problem) -> ui.asyncExec(() -> {
            if (body.isDisposed() || request != requests) {
                return;
            }
            if (problem != null) {
                showIdle(NLS.bind(Messages.QuizPart_failed, cause(problem).getMessage()));
            } else if (opened.session().isEmpty()) {
                title.setText(literal(opened.located().quiz().title().in(opened.located().quiz().lang())));
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
        attemptLine.setText(NLS.bind(Messages.QuizPart_trial, located.quiz().passMark()));
    }

    private record Opened(LocatedQuiz located, Optional<QuizSession> session) {
    }

    private void begin(QuizSession started) {
        session = started;
        Quiz quiz = started.located().quiz();
        title.setText(literal(quiz.title().in(quiz.lang())));
        attemptLine.setText(quiz.attempts() > 0
                ? NLS.bind(Messages.QuizPart_attempt, new Object[] { started.attemptNumber(), quiz.attempts(), quiz.passMark() })
                : NLS.bind(Messages.QuizPart_attemptUnlimited, started.attemptNumber(), quiz.passMark()));
        bar.setMaximum(started.items().size());
        OptionalInt first = started.nextUnanswered(0);
        if (first.isPresent()) {
            showItem(first.getAsInt());
        } else {
            finish();
        }
    }

    /** Shows item {@code at} with its situation above it and its answer controls. */
    private void showItem(int at) {
        index = at;
        phase = Phase.ANSWERING;
        clearBody();
        List<PresentedItem> items = session.items();
        PresentedItem item = items.get(at);
        progress.setText(NLS.bind(Messages.QuizPart_progress, at + 1, items.size()));
        bar.setSelection(at);
        Quiz quiz = session.located().quiz();
        item.question().common().scenario().flatMap(quiz::scenario).ifPresent(scenario -> {
            Label heading = wrapping(Messages.QuizPart_situation);
            heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
            wrapping(paragraphs(scenario.text()));
        });
        Label prompt = wrapping(item.question().prompt());
        prompt.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
        Composite answerArea = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(answerArea);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(answerArea);
        answer = AnswerControl.create(answerArea, item, this::primary);
        feedbackHolder = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(feedbackHolder);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(feedbackHolder);
        message.setText("");
        primary.setText(quiz.feedback() == FeedbackTiming.IMMEDIATE ? Messages.QuizPart_check : nextLabel());
        showPrimary(true);
        refit();
        shownAt = Instant.now();
        answer.focusControl().setFocus();
    }

    /** What the one button does now. */
    private void primary() {
        switch (phase) {
            case ANSWERING -> submit();
            case FEEDBACK -> advance();
            case REVIEW -> {
                if (session.isPractice()) {
                    tryOut(session.located());
                } else {
                    open(session.located().pack().id(), session.located().quiz().id());
                }
            }
            case IDLE, SAVING -> {
                // nothing to do until the answer is saved or a quiz is opened
            }
        }
    }

    /** Records the answer as given (committed before it is shown as accepted), then gives feedback or moves on. */
    private void submit() {
        Optional<Response> response = answer.response();
        if (response.isEmpty()) {
            message.setText(session.items().get(index).question() instanceof Question.Numeric
                    ? Messages.QuizPart_notANumber : Messages.QuizPart_chooseFirst);
            relayout();
            return;
        }
        phase = Phase.SAVING;
        answer.lock();
        primary.setEnabled(false);
        message.setText(Messages.QuizPart_saving);
        QuizSession current = session;
        int at = index;
        Duration spent = Duration.between(shownAt, Instant.now());
        CompletableFuture.supplyAsync(() -> {
            try {
                return current.answer(at, response.get(), spent);
            } catch (ProgressException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((answered, problem) -> ui.asyncExec(() -> {
            if (body.isDisposed() || current != session) {
                return;
            }
            primary.setEnabled(true);
            if (problem != null) {
                showItem(at);
                message.setText(NLS.bind(Messages.QuizPart_failed, cause(problem).getMessage()));
                relayout();
            } else if (current.located().quiz().feedback() == FeedbackTiming.IMMEDIATE) {
                phase = Phase.FEEDBACK;
                bar.setSelection(at + 1);
                message.setText("");
                FeedbackView.create(feedbackHolder, answered.score(), this::sectionTitle, this::reread);
                primary.setText(nextLabel());
                refit();
                primary.setFocus();
            } else {
                advance();
                if (phase == Phase.ANSWERING) {
                    // the previous answer was stored; its feedback waits for the review
                    message.setText(Messages.QuizPart_feedbackLater);
                }
            }
        }));
    }

    private String nextLabel() {
        return session.nextUnanswered(index + 1).isPresent() ? Messages.QuizPart_next : Messages.QuizPart_results;
    }

    private void advance() {
        OptionalInt next = session.nextUnanswered(index + 1);
        if (next.isPresent()) {
            showItem(next.getAsInt());
        } else {
            finish();
        }
    }

    /** Closes the attempt with its score off the UI thread, then shows the review. */
    private void finish() {
        phase = Phase.SAVING;
        primary.setEnabled(false);
        QuizSession current = session;
        CompletableFuture.supplyAsync(() -> {
            try {
                return current.finish();
            } catch (ProgressException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((score, problem) -> ui.asyncExec(() -> {
            if (body.isDisposed() || current != session) {
                return;
            }
            primary.setEnabled(true);
            if (problem != null) {
                phase = Phase.FEEDBACK;
                message.setText(NLS.bind(Messages.QuizPart_failed, cause(problem).getMessage()));
                relayout();
                return;
            }
            showReview(score);
            if (!current.isPractice()) {
                launcher.finished(current.located().ref());
            }
        }));
    }

    private void showReview(QuizScore score) {
        phase = Phase.REVIEW;
        lastScore = Optional.of(score);
        clearBody();
        progress.setText(NLS.bind(Messages.QuizPart_progress, session.items().size(), session.items().size()));
        bar.setSelection(session.items().size());
        message.setText("");
        Label result = ReviewView.create(body, score, session.answers(), this::sectionTitle, this::reread);
        boolean retry = session.mayRetry();
        primary.setText(Messages.QuizPart_retry);
        showPrimary(retry);
        refit();
        scroller.setOrigin(0, 0);
        if (retry) {
            primary.setFocus();
        } else {
            result.setFocus();
        }
    }

    /** The name of a section to reread: the document's title and the section's heading. */
    private String sectionTitle(ContentLink link) {
        String packId = session.located().pack().id();
        if (link.kind() == ContentLink.Kind.LESSON) {
            return model.lesson(link.id(), languages).map(found -> found.item().title()).orElse(link.toString());
        }
        return model.guidance(link.id(), Optional.of(packId), languages).map(found -> {
            String section = link.anchor().flatMap(anchor -> found.item().sections().stream()
                    .filter(s -> s.anchor().equals(anchor)).map(Section::title).findFirst()).orElse("");
            return section.isEmpty() ? found.item().title() : found.item().title() + " \u203a " + section;
        }).orElse(link.toString());
    }

    private void reread(ContentLink link) {
        if (parts != null) {
            parts.showPart(LibraryPart.READER_PART, PartState.VISIBLE);
        }
        navigator.open(OpenRequest.of(link, session.located().pack().id()));
    }

    private void showIdle(String text) {
        phase = Phase.IDLE;
        answer = null;
        clearBody();
        progress.setText("");
        bar.setSelection(0);
        if (session == null) {
            attemptLine.setText("");
        }
        wrapping(text);
        message.setText("");
        showPrimary(false);
        refit();
    }

    private void clearBody() {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
    }

    private void showPrimary(boolean visible) {
        primary.setVisible(visible);
        ((org.eclipse.swt.layout.GridData) primary.getLayoutData()).exclude = !visible;
    }

    private Label wrapping(String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(literal(text));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
        return label;
    }

    /** Lets the body's wrapping labels take the visible width and scroll only vertically. */
    private void refit() {
        int width = Math.max(200, scroller.getClientArea().width);
        Point size = body.computeSize(width, SWT.DEFAULT);
        scroller.setMinSize(new Point(200, size.y));
        body.layout(true, true);
        relayout();
    }

    private void relayout() {
        body.getParent().getParent().layout(true, true);
    }

    /** A scenario's Markdown paragraphs as plain text: the line breaks inside a paragraph go. */
    private static String paragraphs(String markdown) {
        return markdown.strip().replaceAll("(?<!\n)\n(?!\n)", " ");
    }

    private static String literal(String text) {
        return text.replace("&", "&&");
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
        return progress.getText();
    }

    public String titleText() {
        return title.getText();
    }

    public Button primaryButton() {
        return primary;
    }

    public String messageText() {
        return message.getText();
    }

    /** The body: the situation, the item, its answer controls and feedback, or the review. */
    public Composite body() {
        return body;
    }

    /** The item shown now, while it waits for an answer. */
    public Optional<PresentedItem> itemAwaitingAnswer() {
        return phase == Phase.ANSWERING && session != null ? Optional.of(session.items().get(index)) : Optional.empty();
    }

    public boolean showsFeedback() {
        return phase == Phase.FEEDBACK;
    }

    public Optional<QuizScore> reviewedScore() {
        return phase == Phase.REVIEW ? lastScore : Optional.empty();
    }

    public Optional<String> attemptId() {
        return Optional.ofNullable(session).map(s -> s.attempt().id());
    }

    /** Every text shown in the body, in order, for checking what the review says. */
    public List<String> bodyTexts() {
        List<String> texts = new ArrayList<>();
        collect(body, texts);
        return texts;
    }

    private static void collect(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Link link) {
                texts.add(link.getText());
            } else if (child instanceof Button button) {
                texts.add(button.getText());
            } else if (child instanceof Composite composite) {
                collect(composite, texts);
            }
        }
    }
}
