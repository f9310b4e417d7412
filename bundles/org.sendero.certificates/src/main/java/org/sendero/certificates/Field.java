package org.sendero.certificates;

/**
 * The signed fields of a certificate, in the order of their canonical form. The wording is what
 * the command line says when a field was changed; the workbench has its own translations.
 */
public enum Field {
    LANGUAGE("language", "the certificate's language"), LEARNER("learner", "the learner's name"), COURSE("course",
            "the course"), COURSE_TITLE("course-title", "the course's title"), PACK("pack", "the pack"), PACK_VERSION(
                    "pack-version", "the pack's version"), DATE("date", "the date"), SCORES("scores",
                            "the best quiz scores"), OFFICE("office", "the office's name");

    private final String key;
    private final String described;

    Field(String key, String described) {
        this.key = key;
        this.described = described;
    }

    /** The name of the field in the PDF's information dictionary, after {@code Sendero-}. */
    public String key() {
        return key;
    }

    /** "the learner's name", for one-line messages in English. */
    public String described() {
        return described;
    }

    /** Refuses what the canonical form (one field a line) or a printed page cannot hold. */
    static void requirePrintable(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a certificate needs " + what);
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " holds a line break or control character: " + value.strip());
        }
    }
}
