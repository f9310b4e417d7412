package org.sendero.feed;

/**
 * A feed that cannot be read, or a pack from it that is not installed: the message is one line for
 * the user, naming the feed or file and the cause.
 */
public final class FeedException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message.replaceAll("\\R", " "));
    }

    public FeedException(String message, Throwable cause) {
        super(message.replaceAll("\\R", " "), cause);
    }
}
