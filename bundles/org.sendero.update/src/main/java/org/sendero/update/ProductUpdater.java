package org.sendero.update;

import java.util.function.Consumer;

/**
 * Updates the running Sendero installation from a p2 repository in a folder (a USB stick, a share)
 * or at an HTTPS address. Only a repository whose index is signed by a key trusted by this
 * installation is read, and p2 checks every downloaded file against the checksums in that index.
 * The data folder is outside the installation and is never touched. p2 commits the new
 * installation only at the end, so a failed or interrupted update leaves the previous one working.
 */
public interface ProductUpdater {

    /** What {@code source} offers, without changing anything. */
    UpdateCheck check(String source) throws UpdateException;

    /**
     * Installs the newest product version in {@code source}; it is used from the next start.
     *
     * @param progress told what is happening, one short line at a time
     * @return what was installed
     */
    UpdateCheck install(String source, Consumer<String> progress) throws UpdateException;

    /** The installed product's version. */
    String installedVersion() throws UpdateException;
}
