package org.sendero.backup.internal.restore;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.sendero.core.DataFolder;

/**
 * The lock Eclipse takes on its instance area while the workbench runs ({@code -data DIR/workbench}
 * gives {@code DIR/workbench/.metadata/.lock}, byte 0 locked with {@code java.nio}). Holding it
 * tells that no workbench uses the data folder, and keeps one from starting until it is released.
 */
public final class WorkbenchLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WorkbenchLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path file(DataFolder data) {
        return data.root().resolve("workbench/.metadata/.lock");
    }

    /**
     * Takes the lock; empty when another process holds it (a workbench is open). When this very
     * process holds it (the workbench restoring at its own start) the lock is already ours.
     */
    public static Optional<WorkbenchLock> tryTake(DataFolder data) throws IOException {
        Path file = file(data);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock(0, 1, false);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new WorkbenchLock(channel, lock));
        } catch (OverlappingFileLockException heldHere) {
            return Optional.of(new WorkbenchLock(channel, null));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
