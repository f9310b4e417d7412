package org.sendero.sync.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.sync.internal.Backoff;
import org.sendero.sync.internal.SyncEngine;
import org.sendero.sync.internal.settings.SettingsFile;
import org.sendero.sync.testing.MemoryOutbox;
import org.sendero.sync.testing.MemorySecrets;
import org.sendero.sync.testing.TestLrs;

/** sendero sync's command line: settings without the secret, one line and exit 1 when a push fails. */
class SyncCommandTest {

    @TempDir
    Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private MemoryOutbox outbox;
    private MemorySecrets secrets;
    private SettingsFile settings;
    private SyncEngine engine;

    @BeforeEach
    void engine() {
        outbox = new MemoryOutbox(URI.create("https://training.example.org/south/"));
        secrets = new MemorySecrets();
        settings = new SettingsFile(temp.resolve("sync/settings.properties"));
        engine = new SyncEngine(outbox, List::of, settings, secrets, Clock.systemUTC(),
                new SyncEngine.Tuning(Duration.ofHours(1), Duration.ofSeconds(2), Backoff.DEFAULT, 50));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private int run(String input, String... arguments) {
        out.reset();
        err.reset();
        return new SyncCommand(engine, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                .run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void configureKeepsTheSecretOutOfTheSettingsAndAFailedPushIsOneLineAndExitOne() throws Exception {
        outbox.answers(3);
        assertEquals(0, run(""));
        assertTrue(out.toString().startsWith("3 results kept on this computer: no results server is set up"),
                out.toString());

        int closedPort = TestLrs.freePort();
        assertEquals(0, run("s3cret-south\n", "--configure", "--endpoint",
                "http://127.0.0.1:" + closedPort + "/xAPI", "--key", "office-south", "--secret-stdin", "--home-page",
                "https://training.example.org/south/"), err.toString());
        String saved = Files.readString(settings.file());
        assertTrue(saved.contains("office-south") && saved.contains("/xAPI/"), saved);
        assertFalse(saved.contains("s3cret-south"), "the secret is never in the settings");
        assertEquals("s3cret-south", new String(secrets.secret().orElseThrow()));

        assertEquals(1, run("", "--now"));
        assertEquals("sendero sync: http://127.0.0.1:" + closedPort + "/xAPI/: cannot reach the results server"
                + " (127.0.0.1:" + closedPort + ")\n", err.toString());
        assertTrue(out.toString().contains("waiting: 3"), out.toString());
        assertFalse(out.toString().contains("s3cret") || err.toString().contains("s3cret"));

        assertEquals(0, run("", "--json"));
        assertTrue(out.toString().contains("\"waiting\": 3"), out.toString());
        assertTrue(out.toString().contains("\"kind\": \"UNREACHABLE\""), out.toString());

        assertEquals(0, run("", "--off"));
        assertTrue(out.toString().startsWith("Sending results is off: 3 results waiting"), out.toString());
        assertEquals(2, run("", "--key", "k"));
        assertEquals("sendero sync: --endpoint, --key, --secret-stdin and --home-page go with --configure\n",
                err.toString());
    }
}
