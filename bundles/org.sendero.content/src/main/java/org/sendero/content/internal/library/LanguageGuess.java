package org.sendero.content.internal.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language of an imported document that does not say it (a PDF without a language in its
 * catalogue, a text file): the document's most frequent letter trigrams are compared with those of
 * a sample text in each language Sendero has (the rank-order distance of Cavnar and Trenkle), and
 * the nearest wins. A text too short to tell gives no answer, and the caller keeps its default.
 */
final class LanguageGuess {

    /** Trigrams kept per profile: enough to tell English, Spanish and French apart on a page of text. */
    private static final int PROFILE_SIZE = 300;
    /** Fewer letters than this say too little about a language. */
    private static final int MIN_LETTERS = 200;
    /** Only the start of a long document is read: a few pages say as much as the whole. */
    private static final int MAX_CHARS = 20_000;

    private static final Map<String, Map<String, Integer>> PROFILES = loadProfiles();

    private LanguageGuess() {
    }

    /** The language of {@code text}, one of en, es, fr; empty when the text is too short to tell. */
    static Optional<String> of(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        List<String> ranked = ranked(sample);
        return PROFILES.entrySet().stream().min(Comparator.comparingLong(entry -> distance(ranked, entry.getValue())))
                .map(Map.Entry::getKey);
    }

    /** The out-of-place distance: how far each of the text's trigrams is from its rank in the profile. */
    private static long distance(List<String> ranked, Map<String, Integer> profile) {
        long total = 0;
        for (int rank = 0; rank < ranked.size(); rank++) {
            Integer there = profile.get(ranked.get(rank));
            total += there == null ? PROFILE_SIZE : Math.abs(there - rank);
        }
        return total;
    }

    /** The text's trigrams, most frequent first; words are padded with a space so that endings count. */
    private static List<String> ranked(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            String padded = " " + word.replace("'", "") + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                counts.merge(padded.substring(i, i + 3), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(PROFILE_SIZE).map(Map.Entry::getKey).toList();
    }

    private static Map<String, Map<String, Integer>> loadProfiles() {
        Map<String, Map<String, Integer>> profiles = new LinkedHashMap<>();
        for (String lang : DocumentConverter.LANGUAGES) {
            try (InputStream in = LanguageGuess.class.getResourceAsStream("profiles/" + lang + ".txt")) {
                if (in == null) {
                    throw new IllegalStateException("no language profile for " + lang);
                }
                List<String> ranked = ranked(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                Map<String, Integer> ranks = new HashMap<>();
                for (int rank = 0; rank < ranked.size(); rank++) {
                    ranks.put(ranked.get(rank), rank);
                }
                profiles.put(lang, Map.copyOf(ranks));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(profiles);
    }
}
