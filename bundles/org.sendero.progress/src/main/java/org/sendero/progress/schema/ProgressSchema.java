package org.sendero.progress.schema;

import org.sendero.progress.internal.db.Schema;

/**
 * The version of the progress database this Sendero writes ({@code PRAGMA user_version}), for
 * those who handle the file whole (backups): a file with a higher version was written by a newer
 * Sendero and must not be put in place; a lower one is migrated when the database is opened.
 */
public final class ProgressSchema {

    private ProgressSchema() {
    }

    public static int version() {
        return Schema.CURRENT.version();
    }
}
