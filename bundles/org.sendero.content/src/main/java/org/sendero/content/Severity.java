package org.sendero.content;

import java.util.Locale;

/** How bad a problem is: an error stops a pack from being installed, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
