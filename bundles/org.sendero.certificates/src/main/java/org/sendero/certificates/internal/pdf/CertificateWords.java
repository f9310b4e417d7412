package org.sendero.certificates.internal.pdf;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The printed words of a certificate in its language, and dates and percentages written as there. */
final class CertificateWords {

    private final ResourceBundle words;
    private final Locale locale;

    CertificateWords(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.words = ResourceBundle.getBundle("org.sendero.certificates.internal.pdf.words", locale,
                CertificateWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... arguments) {
        String text = words.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    /** "7 December 2026", "7 de diciembre de 2026", "7 décembre 2026". */
    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** "87%", "87 %" as each language writes a percentage. */
    String percent(int percent) {
        return NumberFormat.getPercentInstance(locale).format(percent / 100.0);
    }
}
