package org.sendero.progress;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

import org.sendero.core.quiz.Response;

/**
 * Practice of what a learner got wrong, in Leitner boxes. An item answered wrongly in a quiz goes
 * to box 1; a practice answer that is fully right moves it up a box, any other answer puts it back
 * in box 1; a right answer in box 4 makes it learnt, and it leaves practice until it is answered
 * wrongly again. An item in box N is due {@link #INTERVAL_DAYS}[N-1] calendar days after the
 * answer that put it there.
 *
 * <p>The boxes are worked out from the recorded quiz and practice answers each time they are
 * read, so there is nothing to keep in step. Practice answers are stored apart from attempts:
 * they never change a quiz score or a completion. Times are passed in ({@code now}), with the
 * learner's time zone that says where a day ends. A service.
 */
public interface PracticeService {

    /** The days an item waits in box 1, 2, 3 and 4. */
    List<Integer> INTERVAL_DAYS = List.of(1, 3, 7, 21);

    /** The box of an item answered rightly in the last box: it no longer comes back. */
    int LEARNT = INTERVAL_DAYS.size() + 1;

    /** The items due on {@code now}'s day or before, longest waiting first. */
    List<PracticeItem> due(String learnerId, ZonedDateTime now) throws ProgressException;

    PracticeOverview overview(String learnerId, ZonedDateTime now) throws ProgressException;

    /**
     * Records a practice answer, committed before this returns, and moves the item between boxes.
     *
     * @param sessionId the same for every answer of one sitting
     * @param item the item as shown, in the language shown (see {@link PracticeItem#in})
     * @param credit the item's score, 0 to 1; only 1 counts as right
     */
    PracticeResult record(String learnerId, String sessionId, PracticeItem item, Response response, double credit,
            Duration duration, ZonedDateTime now) throws ProgressException;

    /** Every practice answer of the learner, oldest first, with the boxes it moved the item between. */
    List<PracticeAnswer> answers(String learnerId) throws ProgressException;
}
