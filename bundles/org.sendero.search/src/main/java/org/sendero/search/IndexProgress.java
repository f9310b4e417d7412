package org.sendero.search;

/**
 * Hears how far an index update is and may cancel it. Work done before a cancel is kept: the next
 * update goes on from there.
 */
public interface IndexProgress {

    IndexProgress NONE = new IndexProgress() {
    };

    /** {@code documents} documents are to be indexed or removed. */
    default void started(int documents) {
    }

    /** One more document is done (indexed, or removed with its pack). */
    default void worked(String document) {
    }

    /** Asked between documents; true stops the update after committing what is done. */
    default boolean cancelled() {
        return false;
    }
}
