package org.sendero.ui.internal.quiz;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.sendero.core.content.ContentLink;
import org.sendero.core.quiz.ItemScore;
import org.sendero.ui.quiz.AnswerControl;
import org.sendero.ui.quiz.Messages;

/**
 * What an answer earned, in words: right, partly right or wrong, the feedback of each option
 * picked (why), and a link to the guidance section to reread when it was not fully right.
 */
public final class FeedbackView {

    private FeedbackView() {
    }

    /**
     * @param title the name a reader knows a section by
     * @param reread opens a section in the reader
     */
    public static Composite create(Composite parent, ItemScore score, Function<ContentLink, String> title,
            Consumer<ContentLink> reread) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        String verdict = verdict(score);
        // authors often start their feedback with the verdict; saying it twice reads badly
        boolean said = !score.feedback().isEmpty()
                && score.feedback().get(0).strip().toLowerCase(java.util.Locale.ROOT)
                        .startsWith(verdict.toLowerCase(java.util.Locale.ROOT));
        if (!said) {
            wrapping(box, verdict);
        }
        score.feedback().forEach(text -> wrapping(box, text));
        score.reread().ifPresent(link -> {
            Link open = new Link(box, SWT.WRAP);
            open.setText(NLS.bind(Messages.QuizPart_reread, title.apply(link).replace("<", "&lt;")));
            open.addListener(SWT.Selection, event -> reread.accept(link));
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(open);
        });
        return box;
    }

    static String verdict(ItemScore score) {
        if (score.correct()) {
            return Messages.QuizPart_correct;
        }
        if (score.credit() > 0) {
            return NLS.bind(Messages.QuizPart_partly, Math.round(score.credit() * 100));
        }
        return Messages.QuizPart_wrong;
    }

    /** A label that wraps at the part's width instead of widening it. */
    static Label wrapping(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(AnswerControl.literal(text));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
        return label;
    }
}
