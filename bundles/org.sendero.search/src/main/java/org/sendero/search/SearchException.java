package org.sendero.search;

import java.io.IOException;

/** The index cannot be read or written; the message is one line for the user. */
public class SearchException extends IOException {

    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
