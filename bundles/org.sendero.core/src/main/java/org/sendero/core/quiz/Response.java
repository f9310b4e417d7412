package org.sendero.core.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a learner answered to one item. Choices, pairs and orders name options by their index in the
 * item as written, never by their shuffled position, so that a stored response still means the
 * same thing when the item is shown in another order.
 */
public sealed interface Response permits Response.Choices, Response.TrueOrFalse, Response.Text, Response.Matches,
        Response.Order, Response.Number {

    /** Indices of the options picked (one for a single-choice item). */
    record Choices(Set<Integer> picked) implements Response {
        public Choices {
            picked = java.util.Collections.unmodifiableSet(new TreeSet<>(picked));
        }

        public static Choices of(Integer... picked) {
            return new Choices(Set.of(picked));
        }
    }

    record TrueOrFalse(boolean value) implements Response {
    }

    record Text(String value) implements Response {
        public Text {
            value = value == null ? "" : value;
        }
    }

    /**
     * For each left side (by pair index), the index of the pair whose right side the learner put
     * next to it; -1 when left unmatched.
     */
    record Matches(List<Integer> rightOfLeft) implements Response {
        public Matches {
            rightOfLeft = List.copyOf(rightOfLeft);
        }
    }

    /** The entries of an ordering item by their index in the correct order, as the learner ordered them. */
    record Order(List<Integer> entries) implements Response {
        public Order {
            entries = List.copyOf(entries);
        }
    }

    record Number(double value) implements Response {
    }

    /**
     * A stable one-line text form for storage and export, e.g. {@code choices:0,2},
     * {@code matches:1,0,-1}, {@code number:18.5}; {@link #decode} reads it back.
     */
    default String encode() {
        return switch (this) {
            case Choices c -> "choices:" + c.picked().stream().map(String::valueOf).collect(Collectors.joining(","));
            case TrueOrFalse t -> "truefalse:" + t.value();
            case Text t -> "text:" + t.value();
            case Matches m ->
                "matches:" + m.rightOfLeft().stream().map(String::valueOf).collect(Collectors.joining(","));
            case Order o -> "order:" + o.entries().stream().map(String::valueOf).collect(Collectors.joining(","));
            case Number n -> "number:" + stripZeros(n.value());
        };
    }

    /** The response {@link #encode} wrote, or empty when the text is not one. */
    static Optional<Response> decode(String encoded) {
        int colon = encoded == null ? -1 : encoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String kind = encoded.substring(0, colon);
        String value = encoded.substring(colon + 1);
        try {
            return Optional.ofNullable(switch (kind) {
                case "choices" -> new Choices(Set.copyOf(integers(value)));
                case "truefalse" -> value.equals("true") || value.equals("false")
                        ? new TrueOrFalse(Boolean.parseBoolean(value)) : null;
                case "text" -> new Text(value);
                case "matches" -> new Matches(integers(value));
                case "order" -> new Order(integers(value));
                case "number" -> new Number(Double.parseDouble(value));
                default -> null;
            });
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<Integer> integers(String list) {
        return list.isEmpty() ? List.of() : java.util.Arrays.stream(list.split(",")).map(Integer::valueOf).toList();
    }

    /** 18.0 as "18", so that exported responses read as the learner typed them. */
    static String stripZeros(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
