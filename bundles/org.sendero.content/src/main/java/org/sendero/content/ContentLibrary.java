package org.sendero.content;

import java.nio.file.Path;
import java.util.List;

/**
 * The packs installed in the data folder. Every change is staged, verified and validated, then
 * swapped in atomically: a failure or a crash leaves the previous version exactly as it was. A
 * service.
 */
public interface ContentLibrary {

    /** The id of the pack that holds the documents a user imports one by one. */
    String MY_LIBRARY = "my-library";

    List<InstalledPack> installed() throws ContentException;

    /**
     * Installs a pack folder or a .sendero file. A newer version replaces the installed one; the same
     * or an older version is refused unless {@code force}.
     */
    default InstallResult install(Path source, boolean force) throws ContentException {
        return install(source, InstallOptions.force(force));
    }

    /**
     * Installs a pack folder or a .sendero file with what the user allowed. A pack installed with a
     * signature is replaced only by a copy signed by the same key, unless the options accept the new
     * copy's signer (or its lack of one): else a {@link SignerChangeException} names both keys.
     */
    InstallResult install(Path source, InstallOptions options) throws ContentException;

    /** Removes an installed pack; throws when it is not installed. */
    void remove(String packId) throws ContentException;

    /** Reads an installed pack into the domain model. */
    PackReport load(String packId) throws ContentException;

    /**
     * Adds single documents (Markdown, plain text, PDF) to "My library", in one step: all of them
     * or, on any problem, none.
     */
    InstallResult importDocuments(List<Path> documents) throws ContentException;
}
