package org.sendero.sync;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one line that says how sending results goes, in English, Spanish or French: "12 results
 * waiting to be sent", "All results sent at 14:02", or the last problem.
 */
public final class StatusText {

    private final ResourceBundle words;
    private final Locale locale;
    private final ZoneId zone;

    public StatusText(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.words = ResourceBundle.getBundle("org.sendero.sync.status", locale, StatusText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String line(SyncStatus status) {
        String line;
        if (!status.configured()) {
            line = format("notConfigured", status.waiting());
        } else if (!status.enabled()) {
            line = format("off", status.waiting());
        } else if (status.problem().isPresent()) {
            line = format("problem", problem(status.problem().get()), status.waiting());
        } else if (status.sending()) {
            line = format("sending", status.waiting());
        } else if (status.waiting() > 0) {
            line = format("waiting", status.waiting());
        } else if (status.lastSent().isPresent()) {
            line = format("allSent", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                    .format(status.lastSent().get().atZone(zone)));
        } else {
            line = format("nothing");
        }
        return status.refused() > 0 ? format("refused", line, status.refused()) : line;
    }

    public String problem(SyncProblem problem) {
        return format("problem." + problem.kind().name(), problem.detail());
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }
}
