package org.sendero.progress;

/** Argument checks shared by the records of this package. */
final class Checks {

    private Checks() {
    }

    static void text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
    }
}
