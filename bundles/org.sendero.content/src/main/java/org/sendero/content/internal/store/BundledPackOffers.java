package org.sendero.content.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sendero.content.BundledPack;
import org.sendero.content.ContentException;
import org.sendero.content.InstalledPack;

/**
 * Installs the packs that ship with the product, each version once. The versions already offered
 * are listed in {@value #OFFERED} in the packs folder, so that a pack the user removed is not
 * brought back at the next start, while a newer version that comes with an update is.
 */
public final class BundledPackOffers {

    static final String OFFERED = ".bundled-offered";
    private static final String COPY_PREFIX = ".bundled-copy-";

    private final PackStore store;

    public BundledPackOffers(PackStore store) {
        this.store = store;
    }

    /**
     * @param installed the ids of the packs installed now
     * @param failures what could not be installed, one line each, for the log
     */
    public record Offered(List<String> installed, List<String> failures) {
    }

    /** Installs every bundled pack whose version was never offered here and is newer than the installed one. */
    public Offered offer(List<BundledPack> bundled) throws ContentException {
        removeLeftovers();
        List<String> installed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> offered = readOffered();
        boolean changed = false;
        for (BundledPack pack : bundled) {
            String key = pack.packId() + "@" + pack.version();
            if (offered.contains(key)) {
                continue;
            }
            boolean newer = store.installed(pack.packId()).map(InstalledPack::info)
                    .map(info -> pack.version().compareTo(info.version()) > 0).orElse(true);
            if (newer) {
                try {
                    install(pack);
                    installed.add(pack.packId());
                } catch (IOException e) {
                    failures.add(key + ": " + e.getMessage());
                    continue;
                }
            }
            offered.add(key);
            changed = true;
        }
        if (changed) {
            writeOffered(offered);
        }
        return new Offered(installed, failures);
    }

    private void install(BundledPack pack) throws IOException {
        Files.createDirectories(store.root());
        // staged on the same disk as the packs, like every other install
        Path copy = Files.createTempDirectory(store.root(), COPY_PREFIX);
        try {
            pack.copyTo(copy);
            store.installBundled(copy);
        } finally {
            StoreFiles.deleteTree(copy);
        }
    }

    /** Copies left by a process that was killed while installing one. */
    private void removeLeftovers() throws ContentException {
        if (!Files.isDirectory(store.root())) {
            return;
        }
        try (var entries = Files.newDirectoryStream(store.root(), COPY_PREFIX + "*")) {
            entries.forEach(StoreFiles::deleteTree);
        } catch (IOException e) {
            throw ContentException.of(store.root().toString(), "cannot list: " + e.getMessage());
        }
    }

    private Set<String> readOffered() throws ContentException {
        Path file = store.root().resolve(OFFERED);
        try {
            return Files.exists(file) ? new LinkedHashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new LinkedHashSet<>();
        } catch (IOException e) {
            throw ContentException.of(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private void writeOffered(Set<String> offered) throws ContentException {
        Path file = store.root().resolve(OFFERED);
        try {
            Path next = Files.createTempFile(store.root(), OFFERED, ".next");
            Files.write(next, offered, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw ContentException.of(file.toString(), "cannot write: " + e.getMessage());
        }
    }
}
