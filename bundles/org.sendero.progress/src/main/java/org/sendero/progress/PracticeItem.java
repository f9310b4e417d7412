package org.sendero.progress;

import java.time.LocalDate;

/**
 * A quiz item in a learner's practice: the item, the Leitner box it is in and the day it comes
 * back.
 *
 * @param quiz the quiz it belongs to, in the language it was last answered in
 * @param box 1 to 4 (see {@link PracticeService#INTERVAL_DAYS})
 * @param due the first day it is due, in the learner's time zone
 */
public record PracticeItem(QuizRef quiz, String itemId, int box, LocalDate due) {

    public PracticeItem {
        Checks.text(itemId, "item id");
        if (box < 1 || box > PracticeService.INTERVAL_DAYS.size()) {
            throw new IllegalArgumentException("a practice box is 1 to " + PracticeService.INTERVAL_DAYS.size()
                    + ": " + box);
        }
    }

    /** The same item shown in another language version of its quiz (item ids are the same in all). */
    public PracticeItem in(String lang) {
        return new PracticeItem(new QuizRef(quiz.packId(), quiz.courseId(), quiz.moduleId(), quiz.quizId(), lang),
                itemId, box, due);
    }
}
