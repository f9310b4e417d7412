package org.sendero.feed.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.authoring.SigningKey;
import org.sendero.feed.testing.Feeds;

/**
 * sendero feed ...: a trainer builds a feed, an office adds it and trusts the ministry's key, checks
 * it (also as JSON) and installs; a failure is one line on stderr and a non-zero exit.
 */
class FeedCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Feeds feeds;
    private FeedCommand command;
    private SigningKey ministry;
    private Path feed;

    @BeforeEach
    void feedWithOnePack() throws Exception {
        feeds = new Feeds(temp);
        command = new FeedCommand(feeds.service, feeds.settings);
        ministry = feeds.key("ministry");
        feed = temp.resolve("feed");
        feeds.pack(feed, "1.1.0", Optional.of(ministry));
    }

    private int run(String... arguments) {
        out.reset();
        err.reset();
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildAddTrustCheckAndInstall() throws Exception {
        assertEquals(0, run("build", feed.toString()), err());
        assertTrue(out().contains("test-pack-1.1.0.sendero  test-pack 1.1.0"), out());
        assertTrue(Files.isRegularFile(feed.resolve("feed.json")));

        assertEquals(0, run("add", feed.toString()), err());
        assertEquals(0, run("list"));
        assertEquals(feed.toAbsolutePath().normalize() + System.lineSeparator(), out());

        assertEquals(0, run("check", "--json"), err());
        JsonObject offer = JsonParser.parseString(out()).getAsJsonObject().getAsJsonArray("offers").get(0)
                .getAsJsonObject();
        assertEquals("test-pack", offer.get("id").getAsString());
        assertTrue(offer.get("installed").isJsonNull());
        assertEquals(ministry.fingerprint(), offer.get("signer").getAsString());
        assertEquals(false, offer.get("trusted").getAsBoolean());

        assertEquals(1, run("install"));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("test-pack-1.1.0.sendero: signed by " + ministry.fingerprint()), err());

        assertEquals(0, run("trust", ministry.fingerprint(), "--name", "Ministry of the Interior"), err());
        assertEquals(0, run("trusted"));
        assertTrue(out().contains(ministry.fingerprint() + "  Ministry of the Interior"), out());
        assertEquals(0, run("install"), err());
        assertTrue(out().startsWith("Installed test-pack 1.1.0"), out());
        assertEquals(0, run("check"));
        assertTrue(out().startsWith("Nothing newer in the feeds"), out());
    }

    @Test
    void anUnreadableFeedAndABadFingerprintAreOneLineEachAndExitNonZero() {
        assertEquals(1, run("check", "--from", temp.resolve("no-stick").toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("no-stick"), err());

        assertEquals(1, run("trust", "SHA256:short"));
        assertTrue(err().contains("is not a key fingerprint"), err());

        assertEquals(1, run("remove", "/never/added"));
        assertTrue(err().contains("not a configured feed"), err());

        assertEquals(1, run("build", temp.resolve("empty").toString()));
        assertTrue(err().contains("no such folder"), err());
    }

    @Test
    void withoutFeedsCheckSaysHowToAddOne() {
        assertEquals(0, run("check"));
        assertTrue(out().contains("sendero feed add"), out());
    }
}
