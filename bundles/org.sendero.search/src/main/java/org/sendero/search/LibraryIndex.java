package org.sendero.search;

/**
 * Keeps the search index equal to the installed packs. The service also updates by itself when it
 * starts and when a pack is installed or removed, in the background; these methods are for an
 * explicit update with progress (the workbench runs them in a job, never on the UI thread). A
 * service.
 */
public interface LibraryIndex {

    /** Indexes what changed since the last update: new and changed documents, removed packs. */
    IndexReport update(IndexProgress progress) throws SearchException;

    /** Drops the index and indexes every installed pack again. */
    IndexReport rebuild(IndexProgress progress) throws SearchException;

    /** Reads the index without changing it and says whether it is sound and up to date. */
    IndexCheck check() throws SearchException;

    /** Hears the updates the index makes by itself in the background. */
    void addActivityListener(IndexActivity listener);

    void removeActivityListener(IndexActivity listener);

    /** Stops the running background update after its current document; the next one goes on. */
    void cancelBackgroundUpdate();
}
