package org.sendero.content.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that a reader sees either the old content or the new one, never half of it:
 * the bytes go to a temporary file beside the target, which is then moved over it.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces (or creates) {@code target}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        move(temporaryWith(target, bytes), target, true);
    }

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Creates {@code target} and fails with {@link FileAlreadyExistsException} when it exists, also
     * when another program created it a moment ago: the move itself refuses to replace it.
     */
    public static void create(Path target, String text) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        move(temporaryWith(target, text.getBytes(StandardCharsets.UTF_8)), target, false);
    }

    private static Path temporaryWith(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try {
            Files.write(temporary, bytes);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    private static void move(Path temporary, Path target, boolean replace) throws IOException {
        try {
            try {
                if (replace) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    // without REPLACE_EXISTING an atomic rename may still replace on POSIX, so link first:
                    // a hard link fails when the target exists, on every file system that has links
                    createWithoutReplacing(temporary, target);
                }
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void createWithoutReplacing(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            // a file system without links (a FAT memory stick): a plain move, which refuses an existing target
            Files.move(temporary, target);
        }
    }
}
