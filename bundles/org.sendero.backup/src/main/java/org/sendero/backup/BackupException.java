package org.sendero.backup;

/**
 * A backup that cannot be written, read or restored. The message is one line that names the file
 * and what is wrong, and says whether anything was changed (on a refused restore: nothing).
 */
public final class BackupException extends Exception {

    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
