package org.sendero.ui.internal.progress;

import java.time.Duration;

import org.eclipse.osgi.util.NLS;

/** A time spent as a person says it: minutes, or hours and minutes. */
final class Durations {

    private Durations() {
    }

    static String spoken(Duration duration) {
        // a lesson glanced at for a few seconds was opened: "0 min" would say it was not
        if (duration.isPositive() && duration.toSeconds() < 30) {
            return Messages.Durations_underAMinute;
        }
        long minutes = Math.round(duration.toSeconds() / 60.0);
        if (minutes < 60) {
            return NLS.bind(Messages.Durations_minutes, minutes);
        }
        return NLS.bind(Messages.Durations_hours, minutes / 60, minutes % 60);
    }
}
