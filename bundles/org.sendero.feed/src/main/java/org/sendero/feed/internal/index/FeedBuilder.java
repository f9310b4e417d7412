package org.sendero.feed.internal.index;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sendero.content.ContentException;
import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;
import org.sendero.content.authoring.SigningKeys;
import org.sendero.core.AtomicFiles;
import org.sendero.core.content.PackInfo;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedPack;

/**
 * Writes a feed's feed.json from the .sendero files in its folder: each one is validated as an
 * import would (a broken pack is never offered), hashed, and its signature checked, so the feed
 * lists only what an office can install.
 */
public final class FeedBuilder {

    private final PackValidator validator;

    public FeedBuilder(PackValidator validator) {
        this.validator = validator;
    }

    public List<FeedPack> build(Path folder) throws FeedException {
        if (!Files.isDirectory(folder)) {
            throw new FeedException(folder + ": no such folder");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, "*.sendero")) {
            listing.forEach(files::add);
        } catch (IOException e) {
            throw new FeedException(folder + ": cannot list it: " + e.getMessage(), e);
        }
        files.sort(null);
        if (files.isEmpty()) {
            throw new FeedException(folder + ": holds no .sendero files; write them with: sendero pack DIR -o FILE");
        }
        List<FeedPack> packs = new ArrayList<>();
        for (Path file : files) {
            packs.add(entry(file));
        }
        FeedIndex index = new FeedIndex(packs);
        Path target = folder.resolve(FeedIndex.FILE);
        try {
            // a feed read while it is rebuilt sees the old list or the new one, never half of one
            AtomicFiles.write(target, index.json());
        } catch (IOException e) {
            throw new FeedException(target + ": cannot write it: " + e.getMessage(), e);
        }
        return packs;
    }

    private FeedPack entry(Path file) throws FeedException {
        String name = file.getFileName().toString();
        PackReport report = validator.validate(file);
        Optional<Problem> error = report.problems().stream().filter(Problem::isError).findFirst();
        if (error.isPresent() || report.pack().isEmpty()) {
            throw new FeedException(error.map(Problem::toString).orElse(file + ": not a pack") + " (not listed)");
        }
        PackInfo info = report.pack().get().info();
        try {
            Optional<String> signer = SigningKeys.verifiedSigner(file);
            long size = Files.size(file);
            FeedPack pack = new FeedPack(info.id(), info.version(), name, size, Sha256.of(file), signer);
            // the entry must read back as feeds read it (a name feeds refuse is better said now)
            FeedIndex.parse(new FeedIndex(List.of(pack)).json(), file.toString());
            return pack;
        } catch (ContentException e) {
            throw new FeedException(e.problems().get(0).toString(), e);
        } catch (IOException e) {
            throw new FeedException(file + ": cannot read it: " + e.getMessage(), e);
        }
    }
}
