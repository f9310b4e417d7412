package org.sendero.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.sendero.core.content.Question;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.Response;

/**
 * Each left side with a drop-down of the right sides, in the mixed order of the attempt. Arrows
 * choose in a drop-down, Tab goes to the next one.
 */
final class MatchingAnswer implements AnswerControl {

    private final List<Combo> combos = new ArrayList<>();
    /** The right sides as listed in every drop-down, by their pair's index as written. */
    private final List<Integer> shownRights;

    private MatchingAnswer(List<Integer> shownRights) {
        this.shownRights = List.copyOf(shownRights);
    }

    static MatchingAnswer create(Composite parent, PresentedItem item, Question.Matching question, Runnable submit) {
        MatchingAnswer answer = new MatchingAnswer(item.order());
        Composite grid = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(grid);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(grid);
        String[] rights = item.order().stream().map(index -> question.pairs().get(index).right())
                .toArray(String[]::new);
        for (Question.Pair pair : question.pairs()) {
            Label left = new Label(grid, SWT.WRAP);
            left.setText(AnswerControl.literal(pair.left()));
            GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(150, SWT.DEFAULT).applyTo(left);
            Combo combo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.setItems(rights);
            combo.setVisibleItemCount(Math.min(rights.length, 12));
            AnswerControl.name(combo, pair.left());
            AnswerControl.enterSubmits(combo, submit);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(combo);
            answer.combos.add(combo);
        }
        return answer;
    }

    /** Given once every left side has a right side, so that a half-done item is not sent by mistake. */
    @Override
    public Optional<Response> response() {
        List<Integer> rightOfLeft = new ArrayList<>();
        for (Combo combo : combos) {
            int shown = combo.getSelectionIndex();
            if (shown < 0) {
                return Optional.empty();
            }
            rightOfLeft.add(shownRights.get(shown));
        }
        return Optional.of(new Response.Matches(rightOfLeft));
    }

    @Override
    public void lock() {
        combos.forEach(combo -> combo.setEnabled(false));
    }

    @Override
    public Control focusControl() {
        return combos.get(0);
    }

    /** The drop-downs, one per left side in the order written. */
    List<Combo> combos() {
        return List.copyOf(combos);
    }
}
