package org.sendero.starter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Spanish writes object pronouns onto an infinitive, a gerund or an imperative as one word
 * (referirla, explicándole, refiérala, infórmeselo), and the Debian Spanish dictionary lists none
 * of these forms. Such a word is right when its verb form, without the pronouns, is in the
 * dictionary: this gives the forms to look up.
 */
final class SpanishClitics {

    private static final Pattern PRONOUNS = Pattern
            .compile("(?iu)(?:me|te|se|nos|os)?(?:me|te|se|nos|os|le|les|lo|los|la|las)");
    /** Only these forms take pronouns: an infinitive, a gerund, or a form with a written accent (imperative). */
    private static final Pattern VERB_FORM = Pattern.compile("(?iu).*(?:[aeií]r|ndo|[áéíóú].*)");

    private SpanishClitics() {
    }

    /** The verb forms {@code word} may be made of, most likely first; none when it has no attached pronoun. */
    static List<String> verbForms(String word) {
        List<String> forms = new ArrayList<>();
        // try each split, longest verb form first: "dígaselo" is "díga" + "selo" as well as "dígase" + "lo"
        for (int end = word.length() - 2; end >= 2; end--) {
            String stem = word.substring(0, end);
            String pronouns = word.substring(end);
            if (!PRONOUNS.matcher(pronouns).matches() || !VERB_FORM.matcher(stem).matches()) {
                continue;
            }
            // the accent the pronouns brought goes: "refiéra" -> "refiera"; a form's own accent may stay
            String unaccented = withoutAcuteAccents(stem);
            if (!forms.contains(unaccented)) {
                forms.add(unaccented);
            }
            if (!forms.contains(stem)) {
                forms.add(stem);
            }
        }
        return forms;
    }

    /** á é í ó ú without their accent; ñ and ü are letters of their own and stay. */
    private static String withoutAcuteAccents(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int accented = "áéíóúÁÉÍÓÚ".indexOf(c);
            out.append(accented < 0 ? c : "aeiouAEIOU".charAt(accented));
        }
        return out.toString();
    }
}
