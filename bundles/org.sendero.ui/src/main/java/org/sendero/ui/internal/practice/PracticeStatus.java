package org.sendero.ui.internal.practice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.sendero.progress.PracticeOverview;

/**
 * What Home says about practice: how many questions are due now, or the day the next ones are.
 *
 * @param next the first day after today with questions due; empty when none is waiting
 */
public record PracticeStatus(int due, Optional<LocalDate> next) {

    static PracticeStatus of(PracticeOverview overview) {
        return new PracticeStatus(overview.due(), overview.next());
    }

    /** Whether a session has something to ask: Home's Start button is enabled. */
    public boolean canStart() {
        return due > 0;
    }

    /** "Practice: 6 questions due", or when nothing is due, the day the next questions come back. */
    public String label() {
        if (due == 1) {
            return Messages.Practice_dueOne;
        }
        if (due > 1) {
            return NLS.bind(Messages.Practice_dueMany, due);
        }
        return next.map(day -> NLS.bind(Messages.Practice_noneDue, date(day))).orElse(Messages.Practice_nothingYet);
    }

    /** A day as the learner's language writes it. */
    static String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(java.util.Locale.getDefault())
                .format(day);
    }
}
