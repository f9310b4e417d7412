package org.sendero.ui.quiz;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.sendero.core.quiz.Response;

/** A text field for a typed word or a number; Enter submits it. */
final class TypedAnswer implements AnswerControl {

    private final Text field;
    private final boolean numeric;

    private TypedAnswer(Composite parent, boolean numeric, Runnable submit) {
        this.numeric = numeric;
        field = new Text(parent, SWT.BORDER | SWT.SINGLE);
        field.setMessage(numeric ? Messages.Answer_numberHint : Messages.Answer_textHint);
        AnswerControl.name(field, Messages.Answer_yourAnswer);
        GridDataFactory.fillDefaults().grab(true, false).hint(numeric ? 120 : 300, SWT.DEFAULT).applyTo(field);
        field.addListener(SWT.DefaultSelection, event -> submit.run());
    }

    static TypedAnswer text(Composite parent, Runnable submit) {
        return new TypedAnswer(parent, false, submit);
    }

    static TypedAnswer number(Composite parent, Runnable submit) {
        return new TypedAnswer(parent, true, submit);
    }

    @Override
    public Optional<Response> response() {
        String typed = field.getText().strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        if (!numeric) {
            return Optional.of(new Response.Text(typed));
        }
        return parseNumber(typed).map(Response.Number::new);
    }

    /** A number typed with a decimal point or a decimal comma, as officials in the region write it. */
    static Optional<Double> parseNumber(String typed) {
        String plain = typed.strip().replace(" ", "").replace(',', '.');
        if (!plain.matches("[-+]?\\d+(\\.\\d+)?|[-+]?\\.\\d+")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(plain));
    }

    @Override
    public void lock() {
        field.setEditable(false);
    }

    @Override
    public Control focusControl() {
        return field;
    }

    Text field() {
        return field;
    }
}
