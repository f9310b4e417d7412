package org.sendero.content.internal.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.sendero.core.DataFolder;

/**
 * Folders where a pack archive is unpacked to be checked without installing it ({@code sendero
 * validate FILE.sendero}), kept in the data folder ({@code staging/validate-PID-NONCE}) rather than
 * the system's temporary folder, so that what a killed process leaves is found again: each new
 * staging first sweeps the folders whose process is gone, or that are older than the process now
 * holding their process id (an id the system has given out again).
 */
public final class StagingFolders {

    public static final String FOLDER = "staging";
    static final String PREFIX = "validate-";

    private final Path root;

    public StagingFolders(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static StagingFolders of(DataFolder data) {
        return new StagingFolders(data.root().resolve(FOLDER));
    }

    public Path root() {
        return root;
    }

    /** Sweeps leftovers, then makes a new empty staging folder of this process. */
    public Path create() throws IOException {
        sweep();
        Files.createDirectories(root);
        return Files.createTempDirectory(root, PREFIX + ProcessHandle.current().pid() + "-");
    }

    /** Deletes the staging folders no running process is using. */
    void sweep() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path entry : entries) {
                if (leftover(entry)) {
                    StoreFiles.deleteTree(entry);
                }
            }
        }
    }

    private static boolean leftover(Path folder) throws IOException {
        Optional<ProcessHandle> owner = owner(folder.getFileName().toString());
        if (owner.isEmpty() || !owner.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = owner.get().info().startInstant();
        // without a start time a living owner may be the maker: its folder is kept until it is gone
        return started.isPresent()
                && Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(started.get());
    }

    /** The process named in {@code validate-PID-NONCE}, if it runs; a name without one has no owner. */
    private static Optional<ProcessHandle> owner(String name) {
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return ProcessHandle.of(Long.parseLong(dash < 0 ? rest : rest.substring(0, dash)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
