package org.sendero.search.internal.index;

import java.io.IOException;

import org.sendero.core.content.Pack;

/**
 * An installed pack as the indexer sees it.
 *
 * @param stamp changes whenever the pack's files change (the installed version folder's name);
 *     when the index has the same stamp the pack is not read at all
 */
public record PackSource(String id, String stamp, Loader loader) {

    /** Reads the pack; only called when its stamp changed. */
    public interface Loader {
        Pack load() throws IOException;
    }

    public static PackSource of(Pack pack, String stamp) {
        return new PackSource(pack.id(), stamp, () -> pack);
    }
}
