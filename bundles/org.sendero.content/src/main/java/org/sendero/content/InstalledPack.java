package org.sendero.content;

import java.nio.file.Path;
import java.util.Optional;

import org.sendero.core.content.PackInfo;

/**
 * A pack in the data folder.
 *
 * @param folder where its files are; read them through {@link ContentLibrary#load(String)}
 * @param signer the fingerprint of the key that signed it, when it was signed
 */
public record InstalledPack(PackInfo info, Path folder, Optional<String> signer) {
}
