package org.sendero.core.content;

import java.util.List;

/** What pack.yaml says about a pack: enough to list it without reading its documents. */
public record PackInfo(String id, PackVersion version, LocalizedText title, LocalizedText description,
        List<String> languages, List<String> authors, String license) {

    public PackInfo {
        requireText(id, "pack id");
        if (version == null || title == null || description == null) {
            throw new IllegalArgumentException("pack " + id + " lacks a version, title or description");
        }
        languages = List.copyOf(languages);
        authors = List.copyOf(authors);
        license = license == null ? "" : license;
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
    }
}
