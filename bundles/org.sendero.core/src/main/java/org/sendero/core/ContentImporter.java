package org.sendero.core;

import java.io.IOException;
import java.nio.file.Path;

/** Brings content into the data folder: a pack file or folder, or a single document. A service. */
public interface ContentImporter {

    /**
     * Imports what is at {@code source}.
     *
     * @return one line for the user saying what was imported
     * @throws IOException with a message that names the file, line and cause when it cannot be imported
     */
    String importFrom(Path source) throws IOException;
}
