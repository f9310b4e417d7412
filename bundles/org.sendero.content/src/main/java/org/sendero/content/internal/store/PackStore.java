package org.sendero.content.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstallOptions;
import org.sendero.content.InstallResult;
import org.sendero.content.InstalledPack;
import org.sendero.content.PackReport;
import org.sendero.content.Problem;
import org.sendero.content.internal.archive.ArchiveLimits;
import org.sendero.content.internal.archive.Manifest;
import org.sendero.content.internal.archive.SafeUnzip;
import org.sendero.content.internal.pack.PackFiles;
import org.sendero.content.internal.pack.PackReader;
import org.sendero.content.internal.pack.ReservedIds;
import org.sendero.core.content.PackInfo;
import org.sendero.core.content.PackVersion;

/**
 * Installed packs on disk, changed only by atomic steps:
 *
 * <pre>
 * packs/ID/current           one line: the name of the installed version's folder
 * packs/ID/VERSION-NONCE/    the installed version's files, never changed once in place
 * packs/.staging-NONCE/      a pack being extracted, verified and validated
 * </pre>
 *
 * An install fills a staging folder, checks it, renames it to a version folder beside the old one,
 * then replaces {@code current} by an atomic rename. A crash at any moment leaves {@code current}
 * naming either the old or the new folder, both complete; leftovers are removed by the next change.
 */
public final class PackStore {

    static final String CURRENT = "current";
    private static final String STAGING_PREFIX = ".staging-";
    static final String CANCELLED = "cancelled: nothing was installed";

    /**
     * Each installed version folder as read, once per process. An installed folder never changes
     * (a new version goes to a new folder), so its reading stays true; reading every document of
     * a pack takes a while, and several parts ask for it at the same moment at start-up (the
     * library, the search index): the first reads, the others wait for its reading instead of
     * doing it again beside it. The install hands over what it has just read.
     */
    private final Map<Path, PackReport> readings;
    private static final String LOCK_FILE = ".lock";
    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final SecureRandom NONCES = new SecureRandom();
    /** One change at a time in this process; the file lock keeps other processes (CLI, workbench) out. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Path packs;
    private final ArchiveLimits limits;
    private final InstallListener listener;
    private final boolean writesMyLibrary;

    public PackStore(Path packs) {
        this(packs, ArchiveLimits.DEFAULT, InstallListener.NONE);
    }

    public PackStore(Path packs, ArchiveLimits limits, InstallListener listener) {
        this.packs = packs.toAbsolutePath().normalize();
        this.limits = limits;
        this.listener = listener;
        this.readings = new ConcurrentHashMap<>();
        this.writesMyLibrary = false;
    }

    private PackStore(PackStore store, boolean writesMyLibrary) {
        this.packs = store.packs;
        this.limits = store.limits;
        this.listener = store.listener;
        this.readings = store.readings;
        this.writesMyLibrary = writesMyLibrary;
    }

    public Path root() {
        return packs;
    }

    // ---- reading ------------------------------------------------------------------------

    public List<InstalledPack> installed() throws ContentException {
        List<InstalledPack> result = new ArrayList<>();
        if (!Files.isDirectory(packs)) {
            return result;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(packs, Files::isDirectory)) {
            for (Path folder : folders) {
                String id = folder.getFileName().toString();
                if (!PACK_ID.matcher(id).matches()) {
                    continue;
                }
                current(id).ifPresent(version -> PackReader.info(version).ifPresent(
                        info -> result.add(new InstalledPack(info, version, ManifestCheck.signer(version)))));
            }
        } catch (IOException | UncheckedIOException e) {
            throw ContentException.of(packs.toString(), "cannot list the installed packs: " + e.getMessage());
        }
        result.sort(java.util.Comparator.comparing(pack -> pack.info().id()));
        return result;
    }

    public Optional<InstalledPack> installed(String id) throws ContentException {
        return installed().stream().filter(pack -> pack.info().id().equals(id)).findFirst();
    }

    public PackReport load(String id) throws ContentException {
        Optional<Path> folder = validId(id) ? current(id) : Optional.empty();
        if (folder.isEmpty()) {
            throw ContentException.of(id, "no pack with this id is installed");
        }
        return readings.computeIfAbsent(folder.get(), PackReader::readInstalled);
    }

    /** The folder of the installed version of {@code id}, if any. */
    public Optional<Path> current(String id) {
        Path pointer = packs.resolve(id).resolve(CURRENT);
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path folder = packs.resolve(id).resolve(name).normalize();
            return folder.getParent().equals(packs.resolve(id)) && Files.isDirectory(folder) ? Optional.of(folder)
                    : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- changing -----------------------------------------------------------------------

    /** Installs a pack folder or a .sendero archive. */
    public InstallResult install(Path source, boolean force) throws ContentException {
        return install(source, InstallOptions.force(force));
    }

    /** Installs a pack folder or a .sendero archive with what the user allowed; see {@link SignerRule}. */
    public InstallResult install(Path source, InstallOptions options) throws ContentException {
        return install(source, options, false);
    }

    /**
     * This store as "My library"'s import uses it: the only writer of the pack {@link
     * ContentLibrary#MY_LIBRARY}, which holds the user's own documents. Any other pack taking that
     * id would replace them.
     */
    public PackStore forMyLibrary() {
        return new PackStore(this, true);
    }

    /**
     * Installs a copy of a pack that ships inside the product, made for this install on the packs'
     * disk: the store takes the folder over (moves it) rather than copying it once more. The build
     * validated the pack in full (the starter pack's validity test), so its Markdown is not parsed
     * again here: a new data folder gets its library as quickly as a later start reads it. Its YAML,
     * front matter and manifest are still checked, as for every pack.
     */
    public InstallResult installBundled(Path copy) throws ContentException {
        return install(copy, InstallOptions.NONE, true);
    }

    /** @param bundledCopy a bundled pack's fresh copy: moved rather than copied, its Markdown not parsed again */
    private InstallResult install(Path source, InstallOptions options, boolean bundledCopy) throws ContentException {
        String shown = source.toString();
        if (!Files.exists(source)) {
            throw ContentException.of(shown, "no such file or folder");
        }
        stopIfCancelled(shown);
        return locked(() -> {
            Path staging = packs.resolve(STAGING_PREFIX + nonce());
            try {
                boolean archive = Files.isRegularFile(source);
                if (bundledCopy) {
                    // made for this install on the packs' disk: taken over, not copied again
                    Files.createDirectories(packs);
                    Files.move(source, staging, StandardCopyOption.ATOMIC_MOVE);
                } else if (archive) {
                    Files.createDirectories(staging);
                    try {
                        SafeUnzip.extract(source, staging, limits);
                    } catch (IOException e) {
                        throw ContentException.of(shown, e.getMessage());
                    }
                } else {
                    Files.createDirectories(staging);
                    StoreFiles.copyFolder(source, staging, shown);
                }
                stopIfCancelled(shown);
                return installStaged(staging, shown, archive, options, !bundledCopy);
            } catch (ContentException e) {
                throw e;
            } catch (IOException e) {
                // an interrupted thread also breaks the file channel it was reading
                stopIfCancelled(shown);
                throw ContentException.of(shown, "cannot install: " + e.getMessage());
            } finally {
                StoreFiles.deleteTree(staging);
            }
        });
    }

    /**
     * An install is cancelled by interrupting its thread. Up to the move of the checked copy into
     * place nothing of the installed packs has changed, and the staged copy is deleted.
     */
    private static void stopIfCancelled(String shown) throws ContentException {
        if (Thread.currentThread().isInterrupted()) {
            throw ContentException.of(shown, CANCELLED);
        }
    }

    private InstallResult installStaged(Path staging, String shown, boolean archive, InstallOptions options,
            boolean checkMarkdown) throws IOException, ContentException {
        String prefix = archive ? shown + "!" : shown;
        List<Problem> listing = new ArrayList<>();
        PackFiles files = PackFiles.list(staging, listing);
        if (!listing.isEmpty()) {
            throw new ContentException(listing.stream().map(p -> p.under(prefix)).toList());
        }
        Optional<String> signer = ManifestCheck.verify(staging, files, prefix, archive);
        // the My library store is the one writer the reserved id is allowed to (the validator refuses it elsewhere)
        PackReport report = writesMyLibrary
                ? ReservedIds.asOwnLibrary(
                        () -> checkMarkdown ? PackReader.read(staging) : PackReader.readInstalled(staging))
                : checkMarkdown ? PackReader.read(staging) : PackReader.readInstalled(staging);
        stopIfCancelled(shown);
        if (report.hasErrors()) {
            throw new ContentException(
                    report.problems().stream().filter(Problem::isError).map(p -> p.under(prefix)).toList());
        }
        PackInfo info = report.pack().orElseThrow().info();
        if (info.id().equals(ContentLibrary.MY_LIBRARY) && !writesMyLibrary) {
            throw ContentException.of(shown, "the id " + ContentLibrary.MY_LIBRARY
                    + " is kept for the documents you import yourself; a pack cannot use it");
        }
        Optional<Path> old = current(info.id());
        SignerRule.check(shown, info.id(), old.flatMap(ManifestCheck::signer), signer, options);
        Optional<PackVersion> oldVersion = old.flatMap(PackReader::info).map(PackInfo::version);
        if (oldVersion.isPresent() && !options.force()) {
            int order = info.version().compareTo(oldVersion.get());
            if (order == 0) {
                throw ContentException.of(shown, info.id() + " " + info.version()
                        + " is already installed; use --force to install it again");
            }
            if (order < 0) {
                throw ContentException.of(shown, info.id() + " " + info.version() + " is older than the installed "
                        + oldVersion.get() + "; use --force to go back to it");
            }
        }
        if (!files.contains(Manifest.FILE)) {
            // a pack installed from an author's folder gets its manifest here, so every installed pack has one
            Files.write(staging.resolve(Manifest.FILE), Manifest.of(staging, files.all()).bytes());
        }
        StoreFiles.syncTree(staging);
        listener.staged(info.id());
        // the last moment to give up: after this the install completes, cancelled or not
        stopIfCancelled(shown);

        Path packFolder = packs.resolve(info.id());
        Files.createDirectories(packFolder);
        Path versionFolder = packFolder.resolve(info.version() + "-" + nonce());
        Files.move(staging, versionFolder, StandardCopyOption.ATOMIC_MOVE);
        StoreFiles.sync(packFolder);
        listener.beforeSwap(info.id());

        StoreFiles.replaceLine(packFolder, CURRENT, versionFolder.getFileName().toString());
        listener.swapped(info.id());
        readings.put(versionFolder, report);
        old.ifPresent(folder -> {
            readings.remove(folder);
            StoreFiles.deleteTree(folder);
        });
        return new InstallResult(info, oldVersion, signer, report.warningCount());
    }

    public void remove(String id) throws ContentException {
        locked(() -> {
            Optional<Path> folder = validId(id) ? current(id) : Optional.empty();
            if (folder.isEmpty()) {
                throw ContentException.of(id, "no pack with this id is installed");
            }
            Path packFolder = packs.resolve(id);
            try {
                // once the pointer is gone the pack is not installed; the files go next, even after a crash
                Files.delete(packFolder.resolve(CURRENT));
                StoreFiles.sync(packFolder);
            } catch (IOException e) {
                throw ContentException.of(id, "cannot remove: " + e.getMessage());
            }
            readings.keySet().removeIf(read -> read.startsWith(packFolder));
            StoreFiles.deleteTree(packFolder);
            return null;
        });
    }

    /** Leftovers of an interrupted change: staging folders and version folders nothing points to. */
    private void cleanUp() throws IOException {
        if (!Files.isDirectory(packs)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(packs)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(STAGING_PREFIX)) {
                    StoreFiles.deleteTree(entry);
                } else if (PACK_ID.matcher(name).matches() && Files.isDirectory(entry)) {
                    Optional<Path> current = current(name);
                    try (DirectoryStream<Path> versions = Files.newDirectoryStream(entry)) {
                        for (Path version : versions) {
                            boolean pointer = version.getFileName().toString().equals(CURRENT);
                            if (!pointer && (current.isEmpty() || !current.get().equals(version))) {
                                StoreFiles.deleteTree(version);
                            }
                        }
                    }
                    if (current.isEmpty()) {
                        StoreFiles.deleteTree(entry);
                    }
                }
            }
        }
    }

    private interface Change<T> {
        T run() throws ContentException;
    }

    private <T> T locked(Change<T> change) throws ContentException {
        IN_PROCESS.lock();
        try {
            Files.createDirectories(packs);
            try (FileChannel channel = FileChannel.open(packs.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                cleanUp();
                return change.run();
            }
        } catch (ContentException e) {
            throw e;
        } catch (IOException | UncheckedIOException e) {
            stopIfCancelled(packs.toString());
            throw ContentException.of(packs.toString(), "cannot change the installed packs: " + e.getMessage());
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static boolean validId(String id) {
        return id != null && PACK_ID.matcher(id).matches();
    }

    private static String nonce() {
        byte[] bytes = new byte[6];
        NONCES.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
