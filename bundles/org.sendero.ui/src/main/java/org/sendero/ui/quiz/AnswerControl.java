package org.sendero.ui.quiz;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sendero.core.content.Question;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.Response;

/**
 * The controls a learner answers one item with, the natural one for its kind: radio buttons,
 * check boxes, a text field, drop-downs for matching, a list with up and down for ordering.
 */
public interface AnswerControl {

    /** The answer as the controls are set now; empty while nothing (or nothing complete) is given. */
    Optional<Response> response();

    /** Locks the controls once the answer is recorded, so that what is shown is what was stored. */
    void lock();

    /** The control that gets the keyboard when the item is shown. */
    Control focusControl();

    /**
     * The controls for {@code item} in {@code parent}; {@code submit} runs when the learner presses
     * Enter in them.
     */
    static AnswerControl create(Composite parent, PresentedItem item, Runnable submit) {
        return switch (item.question()) {
            case Question.SingleChoice q -> ChoiceAnswer.options(parent, item, q.options(), SWT.RADIO, submit);
            case Question.MultipleResponse q -> ChoiceAnswer.options(parent, item, q.options(), SWT.CHECK, submit);
            case Question.TrueFalse q -> ChoiceAnswer.trueOrFalse(parent, submit);
            case Question.ShortAnswer q -> TypedAnswer.text(parent, submit);
            case Question.Numeric q -> TypedAnswer.number(parent, submit);
            case Question.Matching q -> MatchingAnswer.create(parent, item, q, submit);
            case Question.Ordering q -> OrderingAnswer.create(parent, item, q, submit);
        };
    }

    /** Gives a control without a label of its own the name a screen reader says. */
    static void name(Control control, String name) {
        control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                event.result = name;
            }
        });
    }

    /** Enter in {@code control} submits; other keys keep their meaning. */
    static void enterSubmits(Control control, Runnable submit) {
        control.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_RETURN) {
                event.doit = false;
                submit.run();
            }
        });
    }

    /** A text shown on a button or label as is: a single '&' would become a mnemonic. */
    static String literal(String text) {
        return text.replace("&", "&&");
    }
}
