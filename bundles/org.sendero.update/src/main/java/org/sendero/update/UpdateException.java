package org.sendero.update;

/** Why an update could not be checked or installed, in one line that names the file or location. */
public class UpdateException extends Exception {

    private static final long serialVersionUID = 1L;

    public UpdateException(String message) {
        super(message);
    }

    public UpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
