package org.sendero.starter.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a reader sees in a piece of Markdown, for the spelling check: code, URLs, link
 * targets, ids, anchors and attributes are taken out, so that only prose is held to the dictionary.
 */
final class SpellingText {

    private static final Pattern FENCED_CODE = Pattern.compile("(?ms)^(```|~~~).*?^\\1[ \\t]*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    /** [text](target) and ![alt](target): the text stays, the target goes. */
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^\\s*\\[[^\\]]+\\]:.*$");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^[^\\]]*\\]");
    private static final Pattern OFFICE_BLANK = Pattern.compile("\\{\\{office:([^}]*)\\}\\}");
    /** {#anchor}, {.class}, {#anchor page=3}. */
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{[#.][^}]*\\}");
    private static final Pattern URL = Pattern.compile("(?i)<?(?:https?://|mailto:|www\\.)[^\\s>)]+>?");
    private static final Pattern CONTENT_ID = Pattern.compile("\\b(?:guidance|lesson):[\\w#-]+");
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    /** Letters, with apostrophes inside (French elision: l'homme, d’une); digits and dashes split words. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

    private SpellingText() {
    }

    /** The prose of {@code markdown}, without what is not written for a reader to read. */
    static String prose(String markdown) {
        String text = FENCED_CODE.matcher(markdown).replaceAll(" ");
        text = INLINE_CODE.matcher(text).replaceAll(" ");
        text = REFERENCE_DEFINITION.matcher(text).replaceAll(" ");
        text = LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = FOOTNOTE_MARK.matcher(text).replaceAll(" ");
        text = OFFICE_BLANK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = ATTRIBUTES.matcher(text).replaceAll(" ");
        text = URL.matcher(text).replaceAll(" ");
        text = CONTENT_ID.matcher(text).replaceAll(" ");
        return ENTITY.matcher(text).replaceAll(" ");
    }

    /** Each word of the prose of {@code markdown}, with how often it occurs. */
    static Map<String, Integer> words(String markdown) {
        Map<String, Integer> words = new LinkedHashMap<>();
        Matcher matcher = WORD.matcher(prose(markdown));
        while (matcher.find()) {
            words.merge(matcher.group(), 1, Integer::sum);
        }
        return words;
    }
}
