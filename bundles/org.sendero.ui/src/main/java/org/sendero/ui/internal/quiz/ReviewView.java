package org.sendero.ui.internal.quiz;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sendero.core.content.ContentLink;
import org.sendero.core.quiz.QuizScore;
import org.sendero.ui.quiz.Messages;

/**
 * The screen after the last answer: the score against the pass mark, then every item with the
 * learner's answer, the right answer, the feedback and the section to reread.
 */
public final class ReviewView {

    private ReviewView() {
    }

    /** Fills {@code body}; returns the label with the score, which gets the keyboard first. */
    public static Label create(Composite body, QuizScore score, List<QuizSession.Answered> answers,
            Function<ContentLink, String> title, Consumer<ContentLink> reread) {
        Label result = FeedbackView.wrapping(body, NLS.bind(Messages.QuizPart_score,
                AnswerText.percent(score.percent()), score.passMark()));
        result.setFont(JFaceResources.getHeaderFont());
        FeedbackView.wrapping(body, score.passed() ? Messages.QuizPart_passed : Messages.QuizPart_notPassed);
        Label heading = FeedbackView.wrapping(body, Messages.QuizPart_reviewHeading);
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
        GridDataFactory.createFrom((org.eclipse.swt.layout.GridData) heading.getLayoutData()).indent(0, 12)
                .applyTo(heading);
        int number = 1;
        for (QuizSession.Answered answer : answers) {
            Label prompt = FeedbackView.wrapping(body, number++ + ". " + answer.item().question().prompt());
            prompt.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
            GridDataFactory.createFrom((org.eclipse.swt.layout.GridData) prompt.getLayoutData()).indent(0, 10)
                    .applyTo(prompt);
            FeedbackView.wrapping(body, NLS.bind(Messages.QuizPart_yourAnswer,
                    AnswerText.given(answer.item().question(), answer.response())));
            if (!answer.score().correct()) {
                FeedbackView.wrapping(body,
                        NLS.bind(Messages.QuizPart_rightAnswer, AnswerText.correct(answer.item().question())));
            }
            FeedbackView.create(body, answer.score(), title, reread);
        }
        return result;
    }
}
