package org.sendero.ui.internal.parts;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * The one line that says a document or quiz is shown in another language than the one the learner
 * reads in: a learner is never moved to another language without being told.
 */
final class LanguageNotice {

    private LanguageNotice() {
    }

    /** "Not available in Spanish; shown in English." when {@code shown} is not {@code wanted}, else "". */
    static String of(String shown, String wanted) {
        return shown == null || shown.equals(wanted) ? ""
                : NLS.bind(Messages.ReaderPart_notIn, inInterface(wanted), inInterface(shown));
    }

    /** "Only available in English." for a document that has no other language than {@code shown}. */
    static String onlyIn(String shown) {
        return NLS.bind(Messages.ReaderPart_onlyIn, inInterface(shown));
    }

    /** {@link #of} followed by a line break, to go before another line; "" when there is nothing to say. */
    static String before(String shown, String wanted) {
        String notice = of(shown, wanted);
        return notice.isEmpty() ? "" : notice + "\n";
    }

    /** The language's name in the interface's language: "inglés" in a Spanish sentence. */
    static String inInterface(String lang) {
        return Locale.forLanguageTag(lang).getDisplayLanguage(Locale.getDefault());
    }
}
