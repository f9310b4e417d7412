package org.sendero.core.content;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A short text (a title, a description) in several languages, keyed by language code.
 *
 * <p>English is the fallback because every pack must carry it; a reader asking for a language the
 * author did not translate still gets a readable text.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    public static final String FALLBACK_LANGUAGE = "en";

    public LocalizedText {
        byLanguage = java.util.Collections.unmodifiableMap(new TreeMap<>(byLanguage));
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    public static LocalizedText empty() {
        return new LocalizedText(Map.of());
    }

    /** The text in {@code language}, else in English, else in any language, else empty. */
    public String in(String language) {
        return Optional.ofNullable(byLanguage.get(language))
                .or(() -> Optional.ofNullable(byLanguage.get(FALLBACK_LANGUAGE)))
                .or(() -> byLanguage.values().stream().findFirst())
                .orElse("");
    }
}
