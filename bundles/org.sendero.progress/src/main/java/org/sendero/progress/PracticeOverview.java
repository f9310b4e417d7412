package org.sendero.progress;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A learner's practice at a glance, e.g. for Home's "Practice: 6 questions due".
 *
 * @param due the items due today or earlier
 * @param waiting the items in a box that are not due yet
 * @param next the first day after today an item comes back; empty when none is waiting
 */
public record PracticeOverview(int due, int waiting, Optional<LocalDate> next) {
}
