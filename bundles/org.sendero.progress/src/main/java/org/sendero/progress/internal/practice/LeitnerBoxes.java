package org.sendero.progress.internal.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendero.progress.PracticeItem;
import org.sendero.progress.PracticeService;
import org.sendero.progress.QuizRef;

/**
 * The Leitner boxes of one learner, worked out by replaying their answers oldest first: nothing
 * but the answers themselves is stored, so the boxes can never disagree with them. An item is the
 * same in every language version of its quiz.
 */
public final class LeitnerBoxes {

    /** Not in practice: never answered wrongly. */
    public static final int NONE = 0;

    /** The boxes an answer moved an item between. */
    public record Move(int before, int after) {
    }

    private record Key(String packId, String courseId, String moduleId, String quizId, String itemId) {

        static Key of(QuizRef quiz, String itemId) {
            return new Key(quiz.packId(), quiz.courseId(), quiz.moduleId(), quiz.quizId(), itemId);
        }
    }

    /** Where an item is: its box since the answer that put it there. */
    private record State(QuizRef quiz, int box, Instant since) {
    }

    private final Map<Key, State> states = new LinkedHashMap<>();

    /** A quiz answer: anything but full credit puts the item in box 1; a right one changes nothing. */
    public void quizAnswer(QuizRef quiz, String itemId, double credit, Instant at) {
        if (credit < 1.0) {
            states.put(Key.of(quiz, itemId), new State(quiz, 1, at));
        }
    }

    /** A practice answer: right moves the item up a box (the last one up to learnt), wrong back to box 1. */
    public Move practiceAnswer(QuizRef quiz, String itemId, double credit, Instant at) {
        Key key = Key.of(quiz, itemId);
        int before = box(key);
        int after;
        if (credit < 1.0) {
            after = 1;
        } else if (before == NONE || before == PracticeService.LEARNT) {
            after = before;
        } else {
            after = before + 1;
        }
        if (after != NONE) {
            states.put(key, new State(quiz, after, at));
        }
        return new Move(before, after);
    }

    public int box(QuizRef quiz, String itemId) {
        return box(Key.of(quiz, itemId));
    }

    private int box(Key key) {
        State state = states.get(key);
        return state == null ? NONE : state.box();
    }

    /** The items in boxes 1 to 4, first due first (then longest in its box). */
    public List<PracticeItem> scheduled(ZoneId zone) {
        return states.entrySet().stream().filter(e -> inBox(e.getValue().box()))
                .sorted(Comparator.comparing((Map.Entry<Key, State> e) -> e.getValue().since()))
                .map(e -> new PracticeItem(e.getValue().quiz(), e.getKey().itemId(), e.getValue().box(),
                        due(e.getValue().box(), e.getValue().since(), zone)))
                .sorted(Comparator.comparing(PracticeItem::due)).toList();
    }

    private static boolean inBox(int box) {
        return box >= 1 && box <= PracticeService.INTERVAL_DAYS.size();
    }

    /** The day an item put in {@code box} at {@code since} comes back: whole calendar days later. */
    public static LocalDate due(int box, Instant since, ZoneId zone) {
        return since.atZone(zone).toLocalDate().plusDays(PracticeService.INTERVAL_DAYS.get(box - 1));
    }
}
