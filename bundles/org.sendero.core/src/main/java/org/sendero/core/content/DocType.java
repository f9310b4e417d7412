package org.sendero.core.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kind of a guidance document, a search facet. */
public enum DocType {
    POLICY, PROCEDURE, LEGAL, FACTSHEET, CHECKLIST;

    /** The word used in front matter, e.g. {@code checklist}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocType> fromKey(String key) {
        return Arrays.stream(values()).filter(type -> type.key().equals(key)).findFirst();
    }
}
