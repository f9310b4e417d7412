package org.sendero.feed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.authoring.SigningKey;
import org.sendero.content.authoring.SigningKeys;
import org.sendero.content.standalone.StandaloneContent;
import org.sendero.feed.internal.FeedService;
import org.sendero.feed.internal.SettingsFile;
import org.sendero.feed.internal.fetch.Downloads;

/**
 * A ministry that signs packs, an office with its own data folder, and feed folders between them:
 * real packs written by 'sendero pack', a real library, real keys.
 */
public final class Feeds {

    /** The small valid pack of the content bundle's tests. */
    private static final Path VALID = Path.of("../org.sendero.content/src/test/packs/valid");

    public final Path root;
    public final ContentLibrary library;
    public final SettingsFile settings;
    public final FeedService service;
    public final Path packs;
    public final Path staging;

    public Feeds(Path root) {
        this(root, Downloads.standard());
    }

    public Feeds(Path root, Downloads downloads) {
        this.root = root;
        this.packs = root.resolve("office/packs");
        this.staging = root.resolve("office/feeds/staging");
        this.library = StandaloneContent.library(packs);
        this.settings = new SettingsFile(root.resolve("office/feeds/settings.json"));
        this.service = new FeedService(library, StandaloneContent.validator(), settings, staging, downloads);
    }

    public SigningKey key(String name) throws ContentException {
        try {
            Files.createDirectories(root.resolve("keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SigningKeys.generate(root.resolve("keys"), name);
    }

    /** The test pack at {@code version}, written as {@code folder}/test-pack-VERSION.sendero. */
    public Path pack(Path folder, String version, Optional<SigningKey> key) throws IOException {
        Path source = root.resolve("sources/pack-" + version + "-" + System.nanoTime());
        copyTree(VALID, source);
        Path yaml = source.resolve("pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("version: 1.0.0", "version: " + version));
        Files.createDirectories(folder);
        Path target = folder.resolve("test-pack-" + version + ".sendero");
        StandaloneContent.exporter().export(source, target, key.map(SigningKey::file));
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** One hash over every file under the packs folder (names and bytes): equal means byte-identical. */
    public String packsHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.exists(packs)) {
                try (Stream<Path> all = Files.walk(packs)) {
                    for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(packs.relativize(file).toString().getBytes());
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
