package org.sendero.core.quiz;

import java.util.List;

import org.sendero.core.content.Question;

/**
 * An item as one attempt shows it.
 *
 * @param order the indices (in the item as written) of what the learner sees, in the order shown:
 *        the options of a choice item, the right sides of a matching item, the entries of an
 *        ordering item; empty for the other kinds
 */
public record PresentedItem(Question question, List<Integer> order) {

    public PresentedItem {
        order = List.copyOf(order);
    }
}
