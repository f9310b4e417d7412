package org.sendero.search;

/**
 * What the index does in the background (after a start, an import or a removal), for a status
 * line. Called on the indexing thread.
 */
public interface IndexActivity {

    /** An update begins with {@code documents} documents to index or remove. */
    default void started(int documents) {
    }

    default void worked(int done, int total) {
    }

    /** The update ended; what it did is committed, even when cancelled. */
    default void finished(int done, boolean cancelled) {
    }
}
