package org.sendero.authoring.internal;

import java.nio.file.Path;

/** Opens a file of the pack in an editor, with the caret at the start of a line. In the context. */
public interface FileOpener {

    /** @param line 1-based */
    void open(Path file, int line);
}
