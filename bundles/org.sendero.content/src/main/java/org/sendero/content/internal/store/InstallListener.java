package org.sendero.content.internal.store;

/**
 * Hears the steps of an install, for progress and for tests that stop the process at a given
 * step. The default does nothing.
 */
public interface InstallListener {

    InstallListener NONE = new InstallListener() {
    };

    /** The pack is extracted, verified and validated in its staging folder; nothing installed has changed. */
    default void staged(String packId) {
    }

    /** The new version's folder is in place beside the old one; the switch to it comes next. */
    default void beforeSwap(String packId) {
    }

    /** The new version is the installed one; the old folder is about to be deleted. */
    default void swapped(String packId) {
    }
}
