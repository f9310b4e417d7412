package org.sendero.progress.internal.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sendero.core.content.Question;
import org.sendero.core.quiz.PresentedItem;
import org.sendero.core.quiz.Response;

/**
 * Reads a typed answer for an item as the text-mode quiz shows it: option numbers, letters for
 * matching and ordering, true/false in English, Spanish or French, numbers with a decimal point
 * or comma. Positions typed are those shown; the response names the options as written.
 */
final class AnswerReader {

    private static final Set<String> TRUE = Set.of("t", "true", "v", "verdadero", "vrai", "y", "yes", "si", "sí",
            "oui");
    private static final Set<String> FALSE = Set.of("f", "false", "falso", "faux", "n", "no", "non");

    private AnswerReader() {
    }

    /** The response, or an {@link IllegalArgumentException} whose message says what to type. */
    static Response read(PresentedItem item, String line) {
        String typed = line.strip();
        List<Integer> order = item.order();
        return switch (item.question()) {
            case Question.SingleChoice q -> {
                List<Integer> picked = numbers(typed, order.size());
                if (picked.size() != 1) {
                    throw new IllegalArgumentException("type one option number, 1 to " + order.size());
                }
                yield Response.Choices.of(order.get(picked.get(0)));
            }
            case Question.MultipleResponse q -> {
                List<Integer> picked = numbers(typed, order.size());
                if (picked.isEmpty()) {
                    throw new IllegalArgumentException("type the numbers of every option you choose, e.g. 1 3");
                }
                yield new Response.Choices(Set.copyOf(picked.stream().map(order::get).toList()));
            }
            case Question.TrueFalse q -> {
                String word = typed.toLowerCase(Locale.ROOT);
                if (TRUE.contains(word)) {
                    yield new Response.TrueOrFalse(true);
                }
                if (FALSE.contains(word)) {
                    yield new Response.TrueOrFalse(false);
                }
                throw new IllegalArgumentException("type true or false (t or f)");
            }
            case Question.ShortAnswer q -> {
                if (typed.isEmpty()) {
                    throw new IllegalArgumentException("type your answer");
                }
                yield new Response.Text(typed);
            }
            case Question.Numeric q -> new Response.Number(number(typed));
            case Question.Matching q -> {
                List<Integer> letters = letters(typed, order.size());
                List<Integer> rightOfLeft = new ArrayList<>();
                letters.forEach(letter -> rightOfLeft.add(order.get(letter)));
                yield new Response.Matches(rightOfLeft);
            }
            case Question.Ordering q -> {
                List<Integer> letters = letters(typed, order.size());
                if (new HashSet<>(letters).size() != letters.size()) {
                    throw new IllegalArgumentException("use each letter once");
                }
                yield new Response.Order(letters.stream().map(order::get).toList());
            }
        };
    }

    /** 1-based numbers separated by spaces or commas, as 0-based positions. */
    private static List<Integer> numbers(String typed, int count) {
        List<Integer> positions = new ArrayList<>();
        for (String part : typed.split("[\\s,;]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int number;
            try {
                number = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' is not an option number (1 to " + count + ")");
            }
            if (number < 1 || number > count) {
                throw new IllegalArgumentException("there is no option " + number + " (1 to " + count + ")");
            }
            if (!positions.contains(number - 1)) {
                positions.add(number - 1);
            }
        }
        return positions;
    }

    /** One letter per place (a, b, c...), with or without spaces, as 0-based positions. */
    private static List<Integer> letters(String typed, int count) {
        String compact = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s,;]+", "");
        if (compact.length() != count) {
            throw new IllegalArgumentException("type " + count + " letters, one per line above, e.g. "
                    + "bac".substring(0, Math.min(3, count)) + (count > 3 ? "..." : ""));
        }
        List<Integer> positions = new ArrayList<>();
        for (char c : compact.toCharArray()) {
            int position = c - 'a';
            if (position < 0 || position >= count) {
                throw new IllegalArgumentException(
                        "'" + c + "' is not one of the letters a to " + (char) ('a' + count - 1));
            }
            positions.add(position);
        }
        return positions;
    }

    /** 18, 18.5 or 18,5 (the decimal comma of Spanish and French keyboards). */
    static double number(String typed) {
        String normal = typed.replace(" ", "");
        if (normal.indexOf(',') >= 0 && normal.indexOf('.') < 0 && normal.indexOf(',') == normal.lastIndexOf(',')) {
            normal = normal.replace(',', '.');
        }
        try {
            double value = Double.parseDouble(normal);
            if (Double.isNaN(value) || Double.isInfinite(value)
                    || !normal.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("type a number, e.g. 18 or 18.5");
        }
    }
}
