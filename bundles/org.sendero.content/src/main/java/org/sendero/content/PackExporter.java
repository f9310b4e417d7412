package org.sendero.content;

import java.nio.file.Path;
import java.util.Optional;

/** Writes a pack folder as one .sendero file, the same bytes for the same files. A service. */
public interface PackExporter {

    /**
     * Validates the folder, then writes {@code target} with MANIFEST.sha256 and, given a key file
     * (Ed25519, PKCS#8 PEM), MANIFEST.sig.
     *
     * @return one line for the user: what was written and by which key it is signed
     * @throws ContentException with every problem when the pack has errors or cannot be written
     */
    String export(Path folder, Path target, Optional<Path> signingKey) throws ContentException;
}
