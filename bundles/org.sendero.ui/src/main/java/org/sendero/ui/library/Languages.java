package org.sendero.ui.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The order in which a reader's languages are tried for a document that exists in several: the
 * reader's own first, then English (every document has it), then whatever there is.
 */
public record Languages(String preferred) {

    public static final List<String> SUPPORTED = List.of("en", "es", "fr");

    public Languages {
        preferred = SUPPORTED.contains(preferred) ? preferred : "en";
    }

    /** The reader's language from the operating system's, when Sendero speaks it. */
    public static Languages ofLocale(java.util.Locale locale) {
        return new Languages(locale.getLanguage());
    }

    /** The best of {@code versions} (translations of one document), by their language. */
    public <T> Optional<T> best(Collection<T> versions, Function<T, String> language) {
        return versions.stream().filter(v -> language.apply(v).equals(preferred)).findFirst()
                .or(() -> versions.stream().filter(v -> language.apply(v).equals("en")).findFirst())
                .or(() -> versions.stream().findFirst());
    }
}
