package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendero.product.tests.DataFolderSession.assertContains;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Packs from an office feed, on the installed product: a folder feed with a newer pack signed by a
 * trusted publisher is installed; a file changed after signing, a wrong hash, an unknown signer and
 * a truncated file are each refused with one line naming the file and the cause, and the installed
 * packs stay byte-identical.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedAcceptanceTest {

    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}");

    private static DataFolderSession session;
    private static Path ministryKey;
    private static String ministry;

    @BeforeAll
    static void officeWithTheMinistrysPack() throws Exception {
        session = DataFolderSession.fresh("feed");
        ministryKey = TestPacks.signingKey(session.file("ministry.key"));
        Path first = packAs("v1", "1.2.0", ministryKey, session.file("usb"));
        Matcher signer = FINGERPRINT.matcher(session.ok("import", first.toString()).out());
        signer.find();
        ministry = signer.group();
        session.ok("feed", "trust", ministry, "--name", "Ministry of the Interior");
    }

    private static Path packAs(String name, String version, Path key, Path folder) throws Exception {
        Path source = TestPacks.copyOfExample(session.file("source-" + name));
        TestPacks.edit(source.resolve("pack.yaml"), "version: 1.2.0", "version: " + version);
        Files.createDirectories(folder);
        Path file = folder.resolve("office-referral-" + version + ".sendero");
        session.ok("pack", source.toString(), "-o", file.toString(), "--sign", key.toString());
        return file;
    }

    /** A feed folder holding the ministry's version 1.3.0, its feed.json written by the product. */
    private static Path feedWithNewerPack(String name, Path key) throws Exception {
        Path feed = session.file(name);
        Path pack = packAs(name, "1.3.0", key, feed);
        assertContains(session.ok("feed", "build", feed.toString()).out(), pack.getFileName().toString());
        return feed;
    }

    private static void refusedWithPacksUnchanged(Path feed, String cause) throws Exception {
        String before = packsHash();
        String refusal = session.fails(1, "feed", "install", "--from", feed.toString());
        assertContains(refusal, "office-referral-1.3.0.sendero");
        assertContains(refusal, cause);
        assertEquals(before, packsHash(), "the installed packs changed after: " + refusal);
        assertContains(session.ok("packs").out(), "1.2.0");
    }

    @Test
    void aFileChangedAfterSigningIsRefused() throws Exception {
        Path feed = feedWithNewerPack("feed-tampered", ministryKey);
        Path pack = feed.resolve("office-referral-1.3.0.sendero");
        String oldHash = sha256(pack);
        long oldSize = Files.size(pack);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + pack.toUri()), Map.of())) {
            try (OutputStream out = Files.newOutputStream(zip.getPath("guidance/border-referral.en.md"),
                    StandardOpenOption.APPEND)) {
                out.write("\nNo referral is needed at the northern crossing.\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        // the feed lists the changed file's own hash and size: only the signature can tell
        Path index = feed.resolve("feed.json");
        Files.writeString(index, Files.readString(index).replace(oldHash, sha256(pack))
                .replace("\"size\": " + oldSize, "\"size\": " + Files.size(pack)));
        refusedWithPacksUnchanged(feed, "guidance/border-referral.en.md");
    }

    @Test
    void aFileWhoseHashIsNotTheListedOneIsRefused() throws Exception {
        Path feed = feedWithNewerPack("feed-wrong-hash", ministryKey);
        Path index = feed.resolve("feed.json");
        String listed = sha256(feed.resolve("office-referral-1.3.0.sendero"));
        Files.writeString(index, Files.readString(index).replace(listed, "0".repeat(64)));
        refusedWithPacksUnchanged(feed, "feed.json gives " + "0".repeat(64));
    }

    @Test
    void aPackSignedByAKeyNobodyTrustsIsRefused() throws Exception {
        Path stranger = TestPacks.signingKey(session.file("stranger.key"));
        Path feed = feedWithNewerPack("feed-stranger", stranger);
        refusedWithPacksUnchanged(feed, "which is not a trusted publisher");
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        Path feed = feedWithNewerPack("feed-truncated", ministryKey);
        Path pack = feed.resolve("office-referral-1.3.0.sendero");
        byte[] whole = Files.readAllBytes(pack);
        Files.write(pack, Arrays.copyOf(whole, whole.length - 1000));
        refusedWithPacksUnchanged(feed, "(truncated)");
    }

    /** Last: the refusals above are checked against version 1.2.0. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aNewerPackSignedByTheTrustedMinistryIsInstalledFromTheConfiguredFeed() throws Exception {
        Path feed = feedWithNewerPack("feed-good", ministryKey);
        session.ok("feed", "add", feed.toString());
        assertContains(session.ok("feed", "check").out(), "office-referral 1.2.0 -> 1.3.0");
        assertContains(session.ok("feed", "check").out(), "(trusted publisher)");

        assertContains(session.ok("feed", "install").out(), "Upgraded office-referral from 1.2.0 to 1.3.0");

        assertContains(session.ok("packs").out(), "1.3.0");
        assertContains(session.ok("feed", "check").out(), "Nothing newer");
    }

    private static String packsHash() throws Exception {
        Path packs = session.data.resolve("packs");
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> all = Files.walk(packs)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(packs.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
