package org.sendero.core.quiz;

import java.util.List;
import java.util.Optional;

import org.sendero.core.content.ContentLink;

/**
 * The score of one answer.
 *
 * @param credit from 0 (nothing right) to 1 (fully right); partial credit in between
 * @param feedback what to show the learner: the feedback of each option picked, then the item's
 *        feedback for a right or a wrong answer; empty texts are left out
 * @param reread the guidance section to reread, given only when the answer is not fully right
 */
public record ItemScore(String itemId, double credit, List<String> feedback, Optional<ContentLink> reread) {

    public ItemScore {
        if (Double.isNaN(credit) || credit < 0 || credit > 1) {
            throw new IllegalArgumentException("credit of item " + itemId + " is not between 0 and 1: " + credit);
        }
        feedback = feedback.stream().filter(text -> !text.isBlank()).toList();
        reread = reread == null ? Optional.empty() : reread;
    }

    public boolean correct() {
        return credit == 1.0;
    }
}
