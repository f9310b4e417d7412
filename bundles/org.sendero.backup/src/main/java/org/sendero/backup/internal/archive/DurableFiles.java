package org.sendero.backup.internal.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.sendero.core.AtomicFiles;

/**
 * Files that must survive a power cut once written: the content goes to a file beside the target,
 * is forced to the disk, and then takes the target's name in one move, which is itself forced to
 * the disk by syncing the folder.
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    public static void write(Path target, AtomicFiles.Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            replace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Puts a file already written and beside the target in the target's place, durably. */
    public static void replace(Path source, Path target) throws IOException {
        sync(source);
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target.toAbsolutePath().getParent());
    }

    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Forces a folder's entries (a rename) to the disk where the system allows it (not on Windows). */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a file; NTFS journals the rename itself
        }
    }
}
