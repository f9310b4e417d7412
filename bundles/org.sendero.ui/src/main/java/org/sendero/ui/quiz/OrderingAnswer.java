package org.sendero.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sendero.core.content.Question;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.Response;

/**
 * The entries in a list, moved with "Move up" and "Move down" (or Alt+Up and Alt+Down in the list)
 * until they are in the order the learner thinks right.
 */
final class OrderingAnswer implements AnswerControl {

    private final org.eclipse.swt.widgets.List list;
    private final Button up;
    private final Button down;
    private final List<String> texts;
    /** The entries as now ordered, by their index in the correct order. */
    private final List<Integer> order;

    private OrderingAnswer(Composite parent, PresentedItem item, Question.Ordering question, Runnable submit) {
        texts = question.order();
        order = new ArrayList<>(item.order());
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 6).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        list = new org.eclipse.swt.widgets.List(box, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        AnswerControl.name(list, Messages.Answer_orderName);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).span(1, 2).applyTo(list);
        up = new Button(box, SWT.PUSH);
        up.setText(Messages.Answer_moveUp);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(up);
        down = new Button(box, SWT.PUSH);
        down.setText(Messages.Answer_moveDown);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(down);
        up.addListener(SWT.Selection, event -> move(-1));
        down.addListener(SWT.Selection, event -> move(1));
        list.addListener(SWT.KeyDown, event -> {
            if ((event.stateMask & SWT.ALT) != 0
                    && (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_DOWN)) {
                event.doit = false;
                move(event.keyCode == SWT.ARROW_UP ? -1 : 1);
            }
        });
        list.addListener(SWT.Selection, event -> enableMoves());
        AnswerControl.enterSubmits(list, submit);
        fill();
        list.select(0);
        enableMoves();
    }

    static OrderingAnswer create(Composite parent, PresentedItem item, Question.Ordering question, Runnable submit) {
        return new OrderingAnswer(parent, item, question, submit);
    }

    /** Moves the selected entry one place up (-1) or down (+1), keeping it selected. */
    void move(int by) {
        int from = list.getSelectionIndex();
        int to = from + by;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        java.util.Collections.swap(order, from, to);
        fill();
        list.select(to);
        list.showSelection();
        enableMoves();
    }

    private void fill() {
        String[] items = new String[order.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = (i + 1) + ". " + texts.get(order.get(i));
        }
        list.setItems(items);
    }

    private void enableMoves() {
        int at = list.getSelectionIndex();
        boolean editable = list.isEnabled();
        up.setEnabled(editable && at > 0);
        down.setEnabled(editable && at >= 0 && at < order.size() - 1);
    }

    /** Always an answer: the order shown is the learner's order until they change it. */
    @Override
    public Optional<Response> response() {
        return Optional.of(new Response.Order(order));
    }

    @Override
    public void lock() {
        list.setEnabled(false);
        enableMoves();
    }

    @Override
    public Control focusControl() {
        return list;
    }

    org.eclipse.swt.widgets.List list() {
        return list;
    }

    Button upButton() {
        return up;
    }

    Button downButton() {
        return down;
    }
}
