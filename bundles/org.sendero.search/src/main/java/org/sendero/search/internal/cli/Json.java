package org.sendero.search.internal.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.sendero.cli.JsonText;

/** The few JSON forms the commands print, keys always in the documented order. */
final class Json {

    private Json() {
    }

    static String string(String text) {
        return JsonText.quote(text);
    }

    static String strings(Collection<String> values) {
        return values.stream().map(Json::string).collect(Collectors.joining(", ", "[", "]"));
    }

    static String number(float value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
