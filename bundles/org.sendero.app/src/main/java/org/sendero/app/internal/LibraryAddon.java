package org.sendero.app.internal;

import org.sendero.ui.library.LibraryModel;

import jakarta.annotation.PostConstruct;

/**
 * Starts reading the installed packs (and, on a new data folder, installing the starter library)
 * before the window is drawn: the work runs beside the drawing, so the library is shown as soon
 * as its part is.
 */
public final class LibraryAddon {

    @PostConstruct
    void start(LibraryModel library) {
        library.loaded();
    }
}
