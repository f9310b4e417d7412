package org.sendero.reports.internal.output;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.sendero.reports.CompletionState;

/** The headings of the printed reports in the trainer's language, and numbers written as there. */
public final class ReportWords {

    private final ResourceBundle words;
    private final Locale locale;

    public ReportWords(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle("org.sendero.reports.internal.output.words", locale,
                ReportWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... arguments) {
        String text = words.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    public String state(CompletionState state) {
        return get("state." + state.key());
    }

    /** A share (0 to 1) with two decimals, as the locale writes them. */
    public String share(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public Locale locale() {
        return locale;
    }
}
