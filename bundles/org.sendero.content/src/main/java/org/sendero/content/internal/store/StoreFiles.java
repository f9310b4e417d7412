package org.sendero.content.internal.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.sendero.content.ContentException;
import org.sendero.content.Problem;
import org.sendero.content.internal.pack.PackFiles;

/** The file steps the store's changes are made of: copies, durable writes, atomic renames, deletes. */
public final class StoreFiles {

    private StoreFiles() {
    }

    /** Copies an author's pack folder; links are refused (reported by the listing) rather than followed. */
    static void copyFolder(Path source, Path target, String shown) throws IOException, ContentException {
        List<Problem> problems = new ArrayList<>();
        PackFiles files = PackFiles.list(source, problems);
        if (!problems.isEmpty()) {
            throw new ContentException(problems.stream().map(p -> p.under(shown)).toList());
        }
        for (String file : files.all()) {
            Path destination = target.resolve(file);
            Files.createDirectories(destination.getParent());
            Files.copy(source.resolve(file), destination, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Writes a one-line file beside its final name, forces it to disk, then renames it over the old one. */
    static void replaceLine(Path folder, String name, String line) throws IOException {
        Path next = folder.resolve(name + ".next");
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(next, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        sync(folder);
    }

    /** Forces every staged file and folder to disk before the pointer can name them. */
    static void syncTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                sync(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Forces a folder's entries to disk where the system allows it (not on Windows, where renames are durable). */
    static void sync(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }

    /** Deletes a folder and everything in it, without following links; what cannot be deleted stays. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what is left is removed by the next change's clean-up
        }
    }
}
