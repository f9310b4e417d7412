package org.sendero.feed.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;

import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstallOptions;
import org.sendero.content.InstallResult;
import org.sendero.content.Problem;
import org.sendero.content.authoring.SigningKeys;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedPack;
import org.sendero.feed.internal.fetch.FeedSource;
import org.sendero.feed.internal.index.Sha256;

/**
 * One pack from a feed into the library: downloaded to a staging file in the data folder, checked
 * against feed.json (size, SHA-256) and for a trusted publisher's signature, then installed by the
 * library's atomic install, which checks every file's hash once more. Until that install, nothing
 * of the installed packs is touched; after any refusal they are exactly as before.
 */
final class FeedInstaller {

    private final ContentLibrary library;
    private final Path staging;

    /** @param staging the data folder's folder for downloads in progress */
    FeedInstaller(ContentLibrary library, Path staging) {
        this.library = library;
        this.staging = staging;
    }

    String install(FeedSource source, FeedPack pack, Set<String> trusted) throws FeedException {
        String shown = source.location().file(pack.file());
        // named by the hash it must have: a resumed download only ever goes on with the same file
        Path part = staging.resolve(pack.sha256() + ".part");
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new FeedException(staging + ": cannot create it: " + e.getMessage(), e);
        }
        // the workbench's background install and a command line run must not write one staging file together
        Path lockPath = staging.resolve(pack.sha256() + ".lock");
        boolean locked = false;
        try (FileChannel lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(lockFile, shown)) {
            locked = true;
            source.fetch(pack, part);
            checkBytes(part, pack, shown);
            return installChecked(source, pack, part, shown, trusted);
        } catch (IOException e) {
            throw new FeedException(staging + ": cannot use the staging folder: " + e.getMessage(), e);
        } finally {
            if (locked) {
                // a run that finds the file locked gives up at once instead of waiting on it, so removing it
                // after use leaves no lasting gap between two runs
                delete(lockPath);
            }
        }
    }

    private static FileLock tryLock(FileChannel channel, String shown) throws IOException, FeedException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new FeedException(shown + ": is being downloaded by another Sendero window or command; try again"
                    + " when it has finished");
        }
        return lock;
    }

    private String installChecked(FeedSource source, FeedPack pack, Path part, String shown, Set<String> trusted)
            throws FeedException {
        Path verified = staging.resolve(pack.sha256() + ".sendero");
        try {
            Files.move(part, verified, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new FeedException(part + ": cannot move it: " + e.getMessage(), e);
        }
        try {
            String signer = trustedSigner(verified, shown, trusted);
            // the user trusts this publisher: its key may replace the key an older copy was signed by
            InstallResult result = library.install(verified, InstallOptions.NONE.acceptingSigner(signer));
            return result.describe() + " from " + source.location().shown();
        } catch (ContentException e) {
            throw new FeedException(shown + ": not installed: " + cause(e), e);
        } finally {
            delete(verified);
        }
    }

    /** Size and hash as feed.json lists them; a short file is kept so the next attempt goes on from it. */
    private static void checkBytes(Path part, FeedPack pack, String shown) throws FeedException {
        try {
            long size = Files.size(part);
            if (size < pack.size()) {
                throw new FeedException(shown + ": only " + size + " of its " + pack.size()
                        + " bytes arrived (truncated); not installed; run again to go on");
            }
            if (size > pack.size()) {
                delete(part);
                throw new FeedException(shown + ": larger than the " + pack.size()
                        + " bytes feed.json gives; it is not the file listed; not installed");
            }
            String hash = Sha256.of(part);
            if (!hash.equals(pack.sha256())) {
                delete(part);
                throw new FeedException(shown + ": its SHA-256 is " + hash + " but feed.json gives " + pack.sha256()
                        + ": the file was changed or damaged; not installed");
            }
        } catch (IOException e) {
            throw new FeedException(part + ": cannot read it: " + e.getMessage(), e);
        }
    }

    private static String trustedSigner(Path file, String shown, Set<String> trusted) throws FeedException {
        Optional<String> signer;
        try {
            signer = SigningKeys.verifiedSigner(file);
        } catch (ContentException e) {
            throw new FeedException(shown + ": not installed: " + cause(e), e);
        }
        if (signer.isEmpty()) {
            throw new FeedException(shown + ": not signed; a pack from a feed is installed only when a trusted"
                    + " publisher signed it");
        }
        if (!trusted.contains(signer.get())) {
            throw new FeedException(shown + ": signed by " + signer.get() + ", which is not a trusted publisher;"
                    + " not installed (trust it with: sendero feed trust " + signer.get() + ")");
        }
        return signer.get();
    }

    /** The first problem, with its place inside the pack rather than in the staging folder. */
    private static String cause(ContentException e) {
        Problem problem = e.problems().get(0);
        String path = problem.path();
        String inside = path.substring(path.lastIndexOf('!') + 1);
        if (inside.equals(path) || inside.isEmpty() || inside.equals(".")) {
            return problem.message();
        }
        return inside + (problem.line() > 1 ? ":" + problem.line() : "") + ": " + problem.message();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover in the staging folder is replaced by the next download of the same pack
        }
    }
}
