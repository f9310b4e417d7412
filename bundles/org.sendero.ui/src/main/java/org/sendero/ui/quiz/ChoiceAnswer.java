package org.sendero.ui.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.sendero.core.content.Question;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.Response;

/**
 * Radio buttons (one answer: arrows move between them) or check boxes (several answers), numbered
 * so that the digit keys pick an option, and with mnemonics so that Alt+1, Alt+2... do it from
 * anywhere in the item.
 */
final class ChoiceAnswer implements AnswerControl {

    private final List<Button> buttons = new ArrayList<>();
    /** For each button, the option's index as written, which is what a response names. */
    private final List<Integer> written = new ArrayList<>();
    private final boolean trueFalse;

    private ChoiceAnswer(boolean trueFalse) {
        this.trueFalse = trueFalse;
    }

    static ChoiceAnswer options(Composite parent, PresentedItem item, List<Question.Option> options, int style,
            Runnable submit) {
        ChoiceAnswer answer = new ChoiceAnswer(false);
        Composite box = box(parent);
        int shown = 1;
        for (int index : item.order()) {
            String label = (shown <= 9 ? "&" + shown : String.valueOf(shown)) + ". "
                    + AnswerControl.literal(options.get(index).text());
            answer.add(box, style, label, index, submit);
            shown++;
        }
        return answer;
    }

    static ChoiceAnswer trueOrFalse(Composite parent, Runnable submit) {
        ChoiceAnswer answer = new ChoiceAnswer(true);
        Composite box = box(parent);
        answer.add(box, SWT.RADIO, Messages.Answer_true, 1, submit);
        answer.add(box, SWT.RADIO, Messages.Answer_false, 0, submit);
        return answer;
    }

    private static Composite box(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 6).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        return box;
    }

    private void add(Composite box, int style, String label, int index, Runnable submit) {
        // SWT.WRAP lets a long option wrap instead of widening the part past the window
        Button button = new Button(box, style | SWT.WRAP);
        button.setText(label);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(button);
        AnswerControl.enterSubmits(button, submit);
        button.addListener(SWT.KeyDown, this::chooseByDigit);
        buttons.add(button);
        written.add(index);
    }

    /**
     * Digits 1 to 9 choose the option with that number, as in the terminal quiz: a radio button is
     * selected, a check box turned on or off. True is 1 and False is 2, in the order shown.
     */
    private void chooseByDigit(Event event) {
        int number = event.character - '0';
        if (number < 1 || number > Math.min(9, buttons.size())) {
            return;
        }
        event.doit = false;
        Button chosen = buttons.get(number - 1);
        if ((chosen.getStyle() & SWT.RADIO) != 0) {
            buttons.forEach(button -> button.setSelection(button == chosen));
        } else {
            chosen.setSelection(!chosen.getSelection());
        }
        chosen.setFocus();
    }

    @Override
    public Optional<Response> response() {
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < buttons.size(); i++) {
            if (buttons.get(i).getSelection()) {
                picked.add(written.get(i));
            }
        }
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        if (trueFalse) {
            return Optional.of(new Response.TrueOrFalse(picked.contains(1)));
        }
        return Optional.of(new Response.Choices(picked));
    }

    @Override
    public void lock() {
        buttons.forEach(button -> button.setEnabled(false));
    }

    @Override
    public Control focusControl() {
        return buttons.get(0);
    }

    /** The buttons in the order shown. */
    List<Button> buttons() {
        return List.copyOf(buttons);
    }
}
