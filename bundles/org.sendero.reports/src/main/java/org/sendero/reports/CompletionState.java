package org.sendero.reports;

/** Where a learner is in a module, as the result files show it. */
public enum CompletionState {
    /** A statement that the module was completed. */
    COMPLETED("completed"),
    /** Something done in the module (a lesson opened or read, a question answered), no completion. */
    IN_PROGRESS("in_progress"),
    /** Nothing in the files. */
    NOT_STARTED("not_started");

    private final String key;

    CompletionState(String key) {
        this.key = key;
    }

    /** The word in JSON and CSV. */
    public String key() {
        return key;
    }
}
