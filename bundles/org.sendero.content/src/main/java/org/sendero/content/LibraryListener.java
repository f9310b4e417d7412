package org.sendero.content;

/**
 * Hears that the installed packs changed, so that what is derived from them (the search index)
 * can follow. Register an implementation as a service; the content library calls every one after
 * a successful install, removal or import, on the thread that made the change, so keep it short.
 */
public interface LibraryListener {

    /** The pack {@code packId} was installed, replaced or removed. */
    void libraryChanged(String packId);
}
