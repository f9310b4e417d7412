package org.sendero.search.internal.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** The few JSON forms the commands print, keys always in the documented order. */
final class Json {

    private Json() {
    }

    static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String strings(Collection<String> values) {
        return values.stream().map(Json::string).collect(Collectors.joining(", ", "[", "]"));
    }

    static String number(float value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
