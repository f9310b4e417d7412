package org.sendero.progress;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a practice answer did, committed before it was returned.
 *
 * @param answer the stored answer, with the box it moved the item to
 * @param due the day the item comes back; empty once it is learnt
 */
public record PracticeResult(PracticeAnswer answer, Optional<LocalDate> due) {

    public int box() {
        return answer.boxAfter();
    }

    public boolean learnt() {
        return answer.boxAfter() == PracticeService.LEARNT;
    }
}
