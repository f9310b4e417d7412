package org.sendero.sync;

/** Settings that cannot be read or saved, or a results server that cannot be read: one line for the user. */
public final class SyncException extends Exception {

    private static final long serialVersionUID = 1L;

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
