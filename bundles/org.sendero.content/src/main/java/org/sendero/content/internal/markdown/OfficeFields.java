package org.sendero.content.internal.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks a pack leaves for each office to fill in: {@code {{office: national hotline}}}. One pack
 * serves many countries, so a checklist that names a hotline, a contact or a national law names
 * what belongs there instead. The reader shows the words as a highlighted blank.
 *
 * <p>The field is taken out of the Markdown before parsing (where its braces would read as
 * attribute syntax) and put back into the HTML as a span around the parser's own escaped text, so
 * it adds no way for a pack to write markup.
 */
final class OfficeFields {

    /** The written form; a closing brace escaped as {@code \}} is accepted too. */
    private static final Pattern FIELD = Pattern.compile("\\{\\{office:[ \\t]*([^{}\\n]*?[^{}\\s\\\\])[ \\t]*\\\\?}}");

    /** Private-use characters that no pack text needs, marking where a field starts and ends. */
    static final char START = '\uE000';
    static final char END = '\uE001';

    static final String CSS_CLASS = "office-field";

    private OfficeFields() {
    }

    /** The Markdown with each field's words between the markers, ready for the parser. */
    static String mark(String markdown) {
        // the markers themselves are never taken from a pack: a stray one would open a span
        String text = markdown.indexOf(START) < 0 && markdown.indexOf(END) < 0 ? markdown
                : markdown.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
        if (text.indexOf("{{office:") < 0) {
            return text;
        }
        Matcher matcher = FIELD.matcher(text);
        return matcher.replaceAll(field -> Matcher.quoteReplacement(START + field.group(1) + END));
    }

    /** The HTML with each marked field shown as a blank to fill in. */
    static String toHtml(String html) {
        return html.replace(String.valueOf(START), "<span class=\"" + CSS_CLASS + "\">")
                .replace(String.valueOf(END), "</span>");
    }

    /** Plain text (for search and the validator): the field's words in square brackets. */
    static String toText(String text) {
        return text.replace(START, '[').replace(END, ']');
    }
}
