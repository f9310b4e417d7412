package org.sendero.diagnostics.internal.zip;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Takes learners' names and secrets out of text that goes to support. The n-th learner's name
 * becomes "learner-n" wherever it stands: whole, or any part of three letters or more (a log may
 * name "Zoraida" alone), in any case, with or without accents, spaces written as {@code _} or
 * {@code -} as in file names. Values after words such as "pin", "password" or "answer" and private
 * keys are removed. A common word that is also part of a name is removed too: more is lost, never a
 * name.
 */
public final class Redactor {

    private static final int SHORTEST_PART = 3;
    private static final String NOT_WORD = "[\\p{L}\\p{N}]";
    private static final Pattern PRIVATE_KEY = Pattern
            .compile("-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|\\z)", Pattern.DOTALL);
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(?i)\\b(pin|password|passwd|secret|token|api[-_]?key|authorization|answer|response|note|body|quote)"
                    + "(\\s*[:=]\\s*)(\"[^\"\\r\\n]*\"|'[^'\\r\\n]*'|[^\\s,;]+)");

    private final Map<Pattern, String> names;
    private final List<Pattern> folded;

    private Redactor(Map<Pattern, String> names, List<Pattern> folded) {
        this.names = names;
        this.folded = folded;
    }

    /** For the learners' names in the order they are numbered: the first becomes learner-1. */
    public static Redactor forNames(List<String> learnerNames) {
        List<Map.Entry<String, String>> spellings = new ArrayList<>();
        for (int i = 0; i < learnerNames.size(); i++) {
            String alias = "learner-" + (i + 1);
            String name = learnerNames.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            spellings.add(Map.entry(name, alias));
            for (String part : name.split("[^\\p{L}\\p{N}]+")) {
                if (part.codePointCount(0, part.length()) >= SHORTEST_PART && !part.equals(name)) {
                    spellings.add(Map.entry(part, alias));
                }
            }
        }
        // whole names before their parts, so that "Ana María" becomes one alias, not two
        spellings.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        Map<Pattern, String> names = new LinkedHashMap<>();
        List<Pattern> folded = new ArrayList<>();
        for (Map.Entry<String, String> spelling : spellings) {
            names.putIfAbsent(Pattern.compile(lenient(spelling.getKey())), spelling.getValue());
            String words = Arrays.stream(fold(spelling.getKey()).split("[^\\p{L}\\p{N}]+"))
                    .filter(word -> !word.isEmpty()).map(Pattern::quote)
                    .collect(Collectors.joining("[^\\p{L}\\p{N}]*"));
            folded.add(Pattern.compile("(?<!" + NOT_WORD + ")" + words + "(?!" + NOT_WORD + ")"));
        }
        return new Redactor(names, folded);
    }

    /** The text with names replaced by aliases and secrets by "[removed]". */
    public String redact(String text) {
        String result = PRIVATE_KEY.matcher(text).replaceAll("[private key removed]");
        result = SECRET_VALUE.matcher(result).replaceAll("$1$2[removed]");
        for (Map.Entry<Pattern, String> name : names.entrySet()) {
            result = name.getKey().matcher(result).replaceAll(Matcher.quoteReplacement(name.getValue()));
        }
        return result;
    }

    /**
     * True when the bytes still hold a learner's name or a part of it, read as UTF-8 or as Latin-1,
     * ignoring case and accents: the last check on every file before it goes into the zip.
     */
    public boolean leaks(byte[] bytes) {
        String[] readings = { new String(bytes, StandardCharsets.UTF_8), new String(bytes, StandardCharsets.ISO_8859_1),
                new String(bytes, StandardCharsets.UTF_16LE) };
        for (String reading : readings) {
            String text = fold(reading);
            for (Pattern name : folded) {
                if (name.matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lowercase without accents; runs of separators become one space. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT);
    }

    /** A pattern that finds the name in any case, with or without accents, with any separators. */
    private static String lenient(String name) {
        StringBuilder pattern = new StringBuilder("(?<!" + NOT_WORD + ")");
        String base = fold(name);
        boolean inGap = false;
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (!inGap) {
                    pattern.append("[^\\p{L}\\p{N}]+");
                    inGap = true;
                }
                continue;
            }
            inGap = false;
            pattern.append("(?:").append(Pattern.quote(String.valueOf(c))).append('|')
                    .append(Pattern.quote(String.valueOf(Character.toUpperCase(c))));
            accented(c).forEach(variant -> pattern.append('|').append(Pattern.quote(variant)));
            pattern.append(")\\p{M}*");
        }
        return pattern.append("(?!" + NOT_WORD + ")").toString();
    }

    /** The precomposed Latin letters whose base letter is {@code c}, in both cases. */
    private static List<String> accented(char c) {
        List<String> variants = new ArrayList<>();
        for (char candidate = '\u00C0'; candidate <= '\u024F'; candidate++) {
            String one = String.valueOf(candidate);
            if (fold(one).equals(String.valueOf(c))) {
                variants.add(one);
            }
        }
        return variants;
    }
}
