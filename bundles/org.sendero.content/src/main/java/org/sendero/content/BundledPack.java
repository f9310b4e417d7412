package org.sendero.content;

import java.io.IOException;
import java.nio.file.Path;

import org.sendero.core.content.PackVersion;

/**
 * A pack that ships inside the product, such as the starter library. The content library offers
 * each one once per version: it is installed on first start without a question, a newer bundled
 * version is installed when the product is updated, and a pack the user removed stays removed. A
 * service.
 */
public interface BundledPack {

    String packId();

    PackVersion version();

    /** Copies the pack's files, as a pack folder, into the existing empty folder {@code target}. */
    void copyTo(Path target) throws IOException;
}
