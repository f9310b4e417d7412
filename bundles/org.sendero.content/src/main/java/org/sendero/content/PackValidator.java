package org.sendero.content;

import java.nio.file.Path;

/**
 * Checks a pack folder or a .sendero file without installing it. A service; without a running
 * OSGi framework, {@code org.sendero.content.standalone.StandaloneContent.validator()}.
 */
public interface PackValidator {

    /** Every problem of the pack; paths inside an archive are shown as FILE.sendero!path. */
    PackReport validate(Path folderOrArchive);
}
