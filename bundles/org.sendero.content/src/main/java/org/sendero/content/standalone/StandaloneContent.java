package org.sendero.content.standalone;

import java.nio.file.Path;

import org.sendero.content.ContentLibrary;
import org.sendero.content.PackExporter;
import org.sendero.content.PackValidator;
import org.sendero.content.internal.ContentService;
import org.sendero.content.internal.PackTools;
import org.sendero.content.internal.store.PackStore;

/**
 * The content services without a running OSGi framework, for build tools, benchmarks and the
 * tests of the bundles that use content. In the product they are DS services; this is the one
 * place outside the implementation that names it, so that the API interfaces need not.
 */
public final class StandaloneContent {

    private StandaloneContent() {
    }

    /** Checks packs as 'sendero validate' does. */
    public static PackValidator validator() {
        return new PackTools();
    }

    /** Writes .sendero files as 'sendero pack' does. */
    public static PackExporter exporter() {
        return new PackTools();
    }

    /**
     * The installed packs kept in {@code packsFolder} (created when first needed), without the packs
     * that ship with the product and without listeners: what a test installs is all there is.
     */
    public static ContentLibrary library(Path packsFolder) {
        return new ContentService(new PackStore(packsFolder));
    }
}
