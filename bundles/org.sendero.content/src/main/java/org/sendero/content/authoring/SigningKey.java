package org.sendero.content.authoring;

import java.nio.file.Path;

/**
 * A private key file that signs packs, known by the fingerprint other offices compare.
 *
 * @param ownerOnly true when the file system lets only its owner read the file
 */
public record SigningKey(Path file, String fingerprint, boolean ownerOnly) {
}
