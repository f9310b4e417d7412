package org.sendero.update;

import java.util.List;

/**
 * What a trusted update repository offers compared with what is installed.
 *
 * @param source the folder or address the repository was read from
 * @param signer the fingerprint of the key that signed the repository's index
 * @param installed the installed product's version
 * @param available the newest product version in the repository
 * @param changes the parts that installing it would replace, add or remove; empty when nothing is newer
 */
public record UpdateCheck(String source, String signer, String installed, String available, List<Change> changes) {

    public UpdateCheck {
        changes = List.copyOf(changes);
    }

    public boolean updateAvailable() {
        return !changes.isEmpty();
    }
}
