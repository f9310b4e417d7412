package org.sendero.content.internal.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a pack folder as one .sendero file that is the same, byte for byte, every time it is
 * made from the same files: entries sorted by path, one fixed timestamp, no directory entries, no
 * extra fields. A trainer can pack twice and compare, and a signature stays meaningful.
 */
public final class PackArchive {

    /** The earliest time a zip can hold, written as local time so the time zone does not matter. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private PackArchive() {
    }

    /**
     * @param files the pack's files relative to {@code folder}; MANIFEST.sha256 and MANIFEST.sig among
     *        them are replaced by fresh ones
     * @return the signature written, if a key was given
     */
    public static Optional<PackSignature> write(Path folder, List<String> files, Path target, Optional<KeyPair> key)
            throws IOException, GeneralSecurityException {
        List<String> packed = new ArrayList<>(files.stream().filter(f -> !Manifest.OWN_FILES.contains(f)).toList());
        Manifest manifest = Manifest.of(folder, packed);
        byte[] manifestBytes = manifest.bytes();
        Optional<PackSignature> signature = key.isPresent()
                ? Optional.of(PackSignature.sign(key.get(), manifestBytes)) : Optional.empty();
        packed.add(Manifest.FILE);
        signature.ifPresent(s -> packed.add(Manifest.SIGNATURE));
        packed.sort(null);
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        // written beside the target and moved into place: a crash never leaves half a file under its name
        Path temporary = Files.createTempFile(absolute.getParent(), ".pack-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(9);
                for (String name : packed) {
                    ZipEntry entry = new ZipEntry(name);
                    entry.setTimeLocal(FIXED_TIME);
                    zip.putNextEntry(entry);
                    if (name.equals(Manifest.FILE)) {
                        zip.write(manifestBytes);
                    } else if (name.equals(Manifest.SIGNATURE)) {
                        zip.write(signature.orElseThrow().bytes());
                    } else {
                        Files.copy(folder.resolve(name), zip);
                    }
                    zip.closeEntry();
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return signature;
    }
}
