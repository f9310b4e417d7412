package org.sendero.progress;

import java.io.IOException;

/**
 * Progress that cannot be read or written. The message is one line for the user (which file, what
 * is wrong), never a stack trace; nothing was changed when it is thrown.
 */
public class ProgressException extends IOException {

    private static final long serialVersionUID = 1L;

    public ProgressException(String message) {
        super(message);
    }

    public ProgressException(String message, Throwable cause) {
        super(message, cause);
    }
}
