package org.sendero.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.authoring.SigningKey;
import org.sendero.core.content.PackVersion;
import org.sendero.feed.FeedCheck;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedOffer;
import org.sendero.feed.FeedPack;
import org.sendero.feed.Trust;
import org.sendero.feed.internal.index.FeedIndex;
import org.sendero.feed.internal.index.Sha256;
import org.sendero.feed.testing.Feeds;

/**
 * A folder feed with an office that has version 1.0.0 installed: only a newer version signed by a
 * trusted publisher is installed; every other case is refused with one line naming the file and the
 * cause, and the installed packs stay byte-identical.
 */
class FeedServiceTest {

    @TempDir
    Path temp;

    private Feeds feeds;
    private SigningKey ministry;
    private Path feed;

    @BeforeEach
    void officeWithVersionOne() throws Exception {
        feeds = new Feeds(temp);
        ministry = feeds.key("ministry");
        feeds.settings.trust(ministry.fingerprint(), "Ministry");
        feeds.library.install(feeds.pack(temp.resolve("usb"), "1.0.0", Optional.of(ministry)), false);
        feed = temp.resolve("feed");
    }

    private FeedOffer onlyOffer() {
        FeedCheck check = feeds.service.check(Optional.of(feed.toString()));
        assertEquals(List.of(), check.problems());
        assertEquals(1, check.offers().size(), check.offers().toString());
        return check.offers().get(0);
    }

    private void refused(String expectedCause) {
        String before = feeds.packsHash();
        FeedException refusal = assertThrows(FeedException.class, () -> feeds.service.install(onlyOffer()));
        assertTrue(refusal.getMessage().contains("test-pack-1.1.0.sendero"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains(expectedCause), refusal.getMessage());
        assertEquals(before, feeds.packsHash(), "the installed packs changed");
        assertEquals(PackVersion.parse("1.0.0"), installedVersion());
    }

    private PackVersion installedVersion() {
        try {
            return feeds.library.installed().get(0).info().version();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aNewerVersionSignedByATrustedPublisherIsOfferedAndInstalled() throws Exception {
        feeds.pack(feed, "1.1.0", Optional.of(ministry));
        feeds.pack(feed, "0.9.0", Optional.of(ministry));
        assertEquals(2, feeds.service.build(feed).size());

        FeedOffer offer = onlyOffer();
        assertEquals(PackVersion.parse("1.1.0"), offer.pack().version());
        assertEquals(Optional.of(PackVersion.parse("1.0.0")), offer.installed());
        assertEquals(Trust.TRUSTED, offer.trust());

        String said = feeds.service.install(offer);

        assertTrue(said.startsWith("Upgraded test-pack from 1.0.0 to 1.1.0"), said);
        assertEquals(PackVersion.parse("1.1.0"), installedVersion());
        assertEquals(List.of(), feeds.service.check(Optional.of(feed.toString())).offers());
        try (var left = Files.list(feeds.staging)) {
            assertEquals(List.of(), left.toList(), "the staging folder keeps nothing after an install");
        }
    }

    @Test
    void aPackAnotherWindowOrCommandIsDownloadingIsLeftToIt() throws Exception {
        feeds.pack(feed, "1.1.0", Optional.of(ministry));
        FeedPack listed = feeds.service.build(feed).get(0);
        Files.createDirectories(feeds.staging);
        try (java.nio.channels.FileChannel other = java.nio.channels.FileChannel.open(
                feeds.staging.resolve(listed.sha256() + ".lock"), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var held = other.lock()) {
            refused("is being downloaded by another Sendero window or command");
        }
        assertTrue(feeds.service.install(onlyOffer()).startsWith("Upgraded test-pack"));
    }

    @Test
    void aPackSignedByAKeyNobodyTrustsIsRefused() throws Exception {
        SigningKey stranger = feeds.key("stranger");
        feeds.pack(feed, "1.1.0", Optional.of(stranger));
        feeds.service.build(feed);
        assertEquals(Trust.UNKNOWN_SIGNER, onlyOffer().trust());
        refused("signed by " + stranger.fingerprint() + ", which is not a trusted publisher");
    }

    @Test
    void anUnsignedPackIsRefused() throws Exception {
        feeds.pack(feed, "1.1.0", Optional.empty());
        feeds.service.build(feed);
        assertEquals(Trust.UNSIGNED, onlyOffer().trust());
        refused("not signed");
    }

    @Test
    void aFileWhoseHashIsNotTheListedOneIsRefusedAndNotKept() throws Exception {
        feeds.pack(feed, "1.1.0", Optional.of(ministry));
        List<FeedPack> listed = feeds.service.build(feed);
        FeedPack wrong = withHash(listed.get(0), "0".repeat(64));
        Files.write(feed.resolve(FeedIndex.FILE), new FeedIndex(List.of(wrong)).json());
        refused("its SHA-256 is " + listed.get(0).sha256() + " but feed.json gives " + "0".repeat(64));
        try (var left = Files.list(feeds.staging)) {
            assertEquals(List.of(), left.toList(), "a file that is not the listed one is not kept");
        }
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        Path file = feeds.pack(feed, "1.1.0", Optional.of(ministry));
        feeds.service.build(feed);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        refused("only " + whole.length / 2 + " of its " + whole.length + " bytes arrived");
    }

    @Test
    void aFileChangedAfterSigningIsRefusedByTheInstallEvenWhenTheFeedListsItsNewHash() throws Exception {
        Path file = feeds.pack(feed, "1.1.0", Optional.of(ministry));
        FeedPack listed = feeds.service.build(feed).get(0);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), Map.of())) {
            Path lesson = zip.getPath("guidance/a-doc.en.md");
            try (OutputStream out = Files.newOutputStream(lesson, java.nio.file.StandardOpenOption.APPEND)) {
                out.write("\nAnyone may cross here without papers.\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        FeedPack tampered = new FeedPack(listed.id(), listed.version(), listed.file(), Files.size(file),
                Sha256.of(file), listed.signer());
        Files.write(feed.resolve(FeedIndex.FILE), new FeedIndex(List.of(tampered)).json());
        refused("guidance/a-doc.en.md");
    }

    @Test
    void aManifestChangedAfterSigningIsRefusedBeforeTheInstall() throws Exception {
        Path file = feeds.pack(feed, "1.1.0", Optional.of(ministry));
        FeedPack listed = feeds.service.build(feed).get(0);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), Map.of())) {
            Path manifest = zip.getPath("MANIFEST.sha256");
            String text = Files.readString(manifest);
            // one hex digit of the first hash changed: the manifest no longer matches its signature
            Files.writeString(manifest, (text.charAt(0) == '0' ? "1" : "0") + text.substring(1));
        }
        Files.write(feed.resolve(FeedIndex.FILE), new FeedIndex(List.of(new FeedPack(listed.id(), listed.version(),
                listed.file(), Files.size(file), Sha256.of(file), listed.signer()))).json());
        refused("the pack was changed after it was signed");
    }

    @Test
    void aFeedThatClaimsATrustedSignerForAPackSignedByAnotherKeyIsRefused() throws Exception {
        SigningKey stranger = feeds.key("stranger");
        feeds.pack(feed, "1.1.0", Optional.of(stranger));
        FeedPack listed = feeds.service.build(feed).get(0);
        FeedPack lying = new FeedPack(listed.id(), listed.version(), listed.file(), listed.size(), listed.sha256(),
                Optional.of(ministry.fingerprint()));
        Files.write(feed.resolve(FeedIndex.FILE), new FeedIndex(List.of(lying)).json());
        assertEquals(Trust.TRUSTED, onlyOffer().trust());
        refused("signed by " + stranger.fingerprint() + ", which is not a trusted publisher");
    }

    @Test
    void aFeedThatCannotBeReadIsOneProblemAndTheOtherFeedsAreStillChecked() throws Exception {
        feeds.pack(feed, "1.1.0", Optional.of(ministry));
        feeds.service.build(feed);
        feeds.settings.addFeed(temp.resolve("unplugged-stick").toString());
        feeds.settings.addFeed(feed.toString());

        FeedCheck check = feeds.service.check(Optional.empty());

        assertEquals(1, check.problems().size(), check.problems().toString());
        assertTrue(check.problems().get(0).contains("unplugged-stick"), check.problems().get(0));
        assertEquals(1, check.trusted().size());
    }

    private static FeedPack withHash(FeedPack pack, String sha256) {
        return new FeedPack(pack.id(), pack.version(), pack.file(), pack.size(), sha256, pack.signer());
    }
}
