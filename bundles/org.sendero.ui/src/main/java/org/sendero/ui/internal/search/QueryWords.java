package org.sendero.ui.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a query that the reader should mark in a document opened from a result: the plain
 * and quoted words, without exclusions ({@code -word}, {@code NOT word}), operators and facet
 * filters ({@code topic:children}). The words the search itself marked in the result's passages
 * are added, because stemming and glossary synonyms find words that were not typed.
 */
public final class QueryWords {

    private static final Set<String> OPERATORS = Set.of("and", "or", "not");

    private QueryWords() {
    }

    public static List<String> of(String query, List<String> markedInResult) {
        Set<String> words = new LinkedHashSet<>();
        boolean excludeNext = false;
        for (String token : tokens(query)) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.equals("not")) {
                excludeNext = true;
                continue;
            }
            boolean excluded = excludeNext || token.startsWith("-");
            excludeNext = false;
            if (excluded || OPERATORS.contains(lower) || token.matches("[A-Za-z]+:.*")) {
                continue;
            }
            for (String word : token.replace("\"", " ").split("[^\\p{L}\\p{N}]+")) {
                if (!word.isBlank()) {
                    words.add(word);
                }
            }
        }
        markedInResult.stream().filter(word -> !word.isBlank()).forEach(words::add);
        return List.copyOf(words);
    }

    /** Splits on spaces outside quotes; a quoted phrase stays one token, an unbalanced quote is ignored. */
    private static List<String> tokens(String query) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (char c : query.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                token.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                if (!token.isEmpty()) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
