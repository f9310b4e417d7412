package org.sendero.search.internal.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sendero.search.internal.query.ParsedQuery.Group;
import org.sendero.search.internal.query.ParsedQuery.Part;

/**
 * Reads the search box's syntax: words, "phrases", {@code -excluded}, {@code OR} between
 * alternatives, {@code AND} and {@code NOT}, and {@code facet:value} filters. It never fails:
 * whatever does not parse (an unbalanced quote, a lone minus, operators with nothing to join) is
 * dropped or read as plain words, as a search box must.
 */
public final class QueryText {

    /** Filter names users may type, and the facet each one filters. */
    private static final Map<String, String> FILTER_NAMES = Map.ofEntries(Map.entry("topic", "topic"),
            Map.entry("kind", "kind"), Map.entry("doctype", "doctype"), Map.entry("type", "doctype"),
            Map.entry("lang", "language"), Map.entry("language", "language"), Map.entry("subregion", "subregion"),
            Map.entry("region", "subregion"), Map.entry("pack", "pack"));

    private QueryText() {
    }

    private record Token(String text, boolean phrase, boolean negated) {
    }

    public static ParsedQuery parse(String input) {
        List<Token> tokens = lex(input == null ? "" : input);
        List<List<Part>> groups = new ArrayList<>();
        List<Part> excluded = new ArrayList<>();
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        boolean or = false;
        boolean not = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.phrase() && !token.negated()) {
                switch (token.text()) {
                    case "OR" -> {
                        or = !groups.isEmpty();
                        continue;
                    }
                    case "AND" -> {
                        continue;
                    }
                    case "NOT" -> {
                        not = true;
                        continue;
                    }
                    default -> {
                    }
                }
                int colon = token.text().indexOf(':');
                if (colon > 0) {
                    String facet = FILTER_NAMES.get(token.text().substring(0, colon).toLowerCase(Locale.ROOT));
                    String value = token.text().substring(colon + 1);
                    if (facet != null && value.isEmpty() && i + 1 < tokens.size() && tokens.get(i + 1).phrase()) {
                        value = tokens.get(++i).text();
                    }
                    if (facet != null && !value.isBlank()) {
                        filters.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(value.strip());
                        or = false;
                        continue;
                    }
                }
            }
            String text = token.phrase() ? token.text() : token.text().replace(':', ' ').strip();
            if (text.isEmpty()) {
                continue;
            }
            Part part = new Part(text, token.phrase());
            if (token.negated() || not) {
                excluded.add(part);
            } else if (or) {
                groups.get(groups.size() - 1).add(part);
            } else {
                groups.add(new ArrayList<>(List.of(part)));
            }
            or = false;
            not = false;
        }
        return new ParsedQuery(groups.stream().map(Group::new).toList(), excluded, filters);
    }

    /** Splits on white space; a quote opens a phrase only when a closing quote follows. */
    private static List<Token> lex(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = input.length();
        while (i < length) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' || c == '+') {
                negated = c == '-';
                i++;
                if (i >= length || Character.isWhitespace(input.charAt(i))) {
                    continue;
                }
                c = input.charAt(i);
            }
            if (isQuote(c)) {
                int close = closingQuote(input, i + 1);
                if (close > 0) {
                    String phrase = input.substring(i + 1, close).strip();
                    if (!phrase.isEmpty()) {
                        tokens.add(new Token(phrase, true, negated));
                    }
                    i = close + 1;
                } else {
                    i++; // an unbalanced quote is ignored; what follows is read as words
                }
                continue;
            }
            int end = i;
            while (end < length && !Character.isWhitespace(input.charAt(end)) && !isQuote(input.charAt(end))) {
                end++;
            }
            tokens.add(new Token(input.substring(i, end), false, negated));
            i = end;
        }
        return tokens;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
    }

    private static int closingQuote(String input, int from) {
        for (int i = from; i < input.length(); i++) {
            if (isQuote(input.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
