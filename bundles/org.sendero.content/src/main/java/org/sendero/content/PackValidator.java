package org.sendero.content;

import java.nio.file.Path;

/** Checks a pack folder or a .sendero file without installing it. A service. */
public interface PackValidator {

    /** Every problem of the pack; paths inside an archive are shown as FILE.sendero!path. */
    PackReport validate(Path folderOrArchive);

    /** The validator without a running OSGi framework, for build tools and tests. */
    static PackValidator create() {
        return new org.sendero.content.internal.PackTools();
    }
}
