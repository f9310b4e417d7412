package org.sendero.reports.internal.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.sendero.core.content.LocalizedText;
import org.sendero.reports.internal.read.Statement;

/** The names the statements give their activities, merged over all statements, by activity path. */
final class Titles {

    private final Map<String, Map<String, String>> byPath = new HashMap<>();
    private final String language;

    Titles(Iterable<Statement> statements, String language) {
        this.language = language;
        for (Statement statement : statements) {
            statement.names().forEach((path, names) -> byPath.computeIfAbsent(path.key(), p -> new HashMap<>())
                    .putAll(names));
        }
    }

    /** The name in the language asked for, else in English, else any. */
    Optional<String> of(String path) {
        Map<String, String> names = byPath.get(path);
        if (names == null || names.isEmpty()) {
            return Optional.empty();
        }
        // xAPI names are keyed by tags such as en-US: match on the language part
        Map<String, String> byLanguage = new HashMap<>();
        names.forEach(
                (tag, text) -> byLanguage.putIfAbsent(tag.split("-")[0].toLowerCase(java.util.Locale.ROOT), text));
        return Optional.of(new LocalizedText(byLanguage).in(language)).filter(text -> !text.isBlank());
    }
}
