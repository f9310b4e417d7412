package org.sendero.content.authoring;

import java.util.List;

import org.sendero.core.content.LocalizedText;

/** What a trainer types for a new pack; {@code title} needs an English text, the fallback of every reader. */
public record NewPack(String id, String version, LocalizedText title, LocalizedText description, List<String> languages,
        List<String> authors, String license) {

    public NewPack {
        version = version == null || version.isBlank() ? "1.0.0" : version.strip();
        description = description == null ? LocalizedText.empty() : description;
        languages = List.copyOf(languages);
        authors = authors == null ? List.of() : List.copyOf(authors);
        license = license == null ? "" : license.strip();
    }
}
