package org.sendero.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: the bytes go to a hidden temporary file beside it, which then
 * replaces the file in one move. A failure leaves the old file as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What goes into a file, written as a stream (a report, an export) rather than made in memory first. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        Path temporary = temporaryBeside(target);
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Creates {@code target} whole or not at all, and fails with {@link java.nio.file.FileAlreadyExistsException}
     * when it exists, also when another program made it a moment ago: the file is linked into place,
     * and a link never replaces anything (a plain move does on POSIX).
     */
    public static void create(Path target, byte[] bytes) throws IOException {
        if (Files.exists(target)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString());
        }
        Path temporary = temporaryBeside(target);
        try {
            Files.write(temporary, bytes);
            try {
                Files.createLink(target, temporary);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                // a file system without links (a FAT memory stick): a move without replacing
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A hidden file in the target's folder: a move within one file system can be atomic. */
    private static Path temporaryBeside(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return Files.createTempFile(parent, "." + target.getFileName(), ".part");
    }
}
