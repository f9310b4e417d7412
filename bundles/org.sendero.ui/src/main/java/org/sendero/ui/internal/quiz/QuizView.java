package org.sendero.ui.internal.quiz;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.osgi.util.NLS;
import org.sendero.core.content.Quiz;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.ui.quiz.AnswerControl;
import org.sendero.ui.quiz.Messages;

/**
 * The widgets of the quiz part: its title and attempt line, the progress through the items, a
 * scrolling body for the item or the review, a message line and the one button.
 */
public final class QuizView {

    public final Label title;
    public final Label attemptLine;
    public final Label progress;
    public final ProgressBar bar;
    public final ScrolledComposite scroller;
    /** The situation, the item, its answer controls and feedback, or the review. */
    public final Composite body;
    public final Label message;
    public final Button primary;
    private Composite feedbackHolder;

    /** @param onPrimary what the one button does */
    public QuizView(Composite parent, Runnable onPrimary) {
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
        primary.addListener(SWT.Selection, event -> onPrimary.run());
    }

    /**
     * Shows {@code item}, number {@code at} of {@code count}, with the situation it shares with
     * other items above it, and an empty place for its feedback below.
     *
     * @param onEnter what pressing Enter in the answer controls does: the same as the button
     * @return the controls that take the answer
     */
    public AnswerControl showItem(PresentedItem item, Quiz quiz, int at, int count, String buttonText,
            Runnable onEnter) {
        clearBody();
        progress.setText(NLS.bind(Messages.QuizPart_progress, at + 1, count));
        bar.setSelection(at);
        item.question().common().scenario().flatMap(quiz::scenario).ifPresent(scenario -> {
            Label heading = wrapping(Messages.QuizPart_situation);
            heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
            wrapping(paragraphs(scenario.text()));
        });
        Label prompt = wrapping(item.question().prompt());
        prompt.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
        AnswerControl answer = AnswerControl.create(area(), item, onEnter);
        feedbackHolder = area();
        message.setText("");
        primary.setText(buttonText);
        showPrimary(true);
        refit();
        return answer;
    }

    /** Where the feedback on the item shown goes. */
    public Composite feedbackHolder() {
        return feedbackHolder;
    }

    /**
     * Shows a message instead of an item.
     *
     * @param noAttempt whether no attempt is on screen, so that its attempt line goes too
     */
    public void showIdle(String text, boolean noAttempt) {
        clearBody();
        progress.setText("");
        bar.setSelection(0);
        if (noAttempt) {
            attemptLine.setText("");
        }
        wrapping(text);
        message.setText("");
        showPrimary(false);
        refit();
    }

    public boolean isDisposed() {
        return body.isDisposed();
    }

    public void clearBody() {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
    }

    public void showPrimary(boolean visible) {
        primary.setVisible(visible);
        ((GridData) primary.getLayoutData()).exclude = !visible;
    }

    /** A label in the body that wraps at the visible width. */
    public Label wrapping(String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(literal(text));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
        return label;
    }

    /** A composite in the body that takes its width, e.g. for the answer controls or the feedback. */
    public Composite area() {
        Composite area = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(area);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(area);
        return area;
    }

    /** Lets the body's wrapping labels take the visible width and scroll only vertically. */
    public void refit() {
        int width = Math.max(200, scroller.getClientArea().width);
        Point size = body.computeSize(width, SWT.DEFAULT);
        scroller.setMinSize(new Point(200, size.y));
        body.layout(true, true);
        relayout();
    }

    public void relayout() {
        body.getParent().getParent().layout(true, true);
    }

    /** A scenario's Markdown paragraphs as plain text: the line breaks inside a paragraph go. */
    private static String paragraphs(String markdown) {
        return markdown.strip().replaceAll("(?<!\n)\n(?!\n)", " ");
    }

    /** Text as a label shows it: an ampersand would otherwise mark a mnemonic. */
    public static String literal(String text) {
        return text.replace("&", "&&");
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
