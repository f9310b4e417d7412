package org.sendero.sync.internal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;
import org.sendero.cli.JsonOutput;
import org.sendero.progress.export.RefusedStatement;
import org.sendero.sync.StatusText;
import org.sendero.sync.SyncException;
import org.sendero.sync.SyncService;
import org.sendero.sync.SyncSettings;
import org.sendero.sync.SyncStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * sendero sync [--now] [--json] [--configure --endpoint URL --key KEY --secret-stdin --home-page URL]
 * [--off]: the results server's settings, and a push now with its counts.
 */
@Component(service = CliCommand.class)
public final class SyncCommand implements CliCommand {

    private final SyncService sync;
    private final InputStream in;

    @Activate
    public SyncCommand(@Reference SyncService sync) {
        this(sync, System.in);
    }

    SyncCommand(SyncService sync, InputStream in) {
        this.sync = sync;
        this.in = in;
    }

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String summary() {
        return "[--now] [--json] [--configure --endpoint URL --key KEY --secret-stdin --home-page URL] [--off]:"
                + " send results to the Learning Record Store";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed parsed = parser.parse(new Line(), arguments);
        if (parsed.stopped()) {
            return parsed.exitCode();
        }
        Line line = (Line) parsed.command();
        boolean settingsGiven = line.endpoint != null || line.key != null || line.secretStdin || line.homePage != null;
        if (settingsGiven && !line.configure) {
            return parser.usageError("--endpoint, --key, --secret-stdin and --home-page go with --configure");
        }
        if (line.configure && line.off) {
            return parser.usageError("--configure turns sending on and --off turns it off: give one of them");
        }
        try {
            if (line.configure) {
                configure(line);
            } else if (line.off) {
                SyncSettings now = sync.settings();
                sync.configure(new SyncSettings(false, now.endpoint(), now.key(), now.homePage()), Optional.empty());
            }
            long sentBefore = sync.refresh().get(1, TimeUnit.MINUTES).sent();
            SyncStatus status = line.now ? sync.pushNow().get() : sync.refresh().get(1, TimeUnit.MINUTES);
            long sentNow = line.now ? status.sent() - sentBefore : 0;
            SyncSettings settings = sync.settings();
            if (line.json) {
                out.println(JsonOutput.write(json(settings, status, sentNow, sync.refusals())));
            } else {
                text(settings, status, line.now, sentNow, out);
            }
            if (line.now && status.enabled() && !status.configured()) {
                err.println("sendero sync: no results server is set up: sendero sync --configure --endpoint URL"
                        + " --key KEY --secret-stdin --home-page URL");
                return 1;
            }
            if (line.now && status.problem().isPresent()) {
                err.println("sendero sync: " + settings.endpoint().map(URI::toString).orElse("") + ": "
                        + english().problem(status.problem().get()));
                return 1;
            }
            return 0;
        } catch (SyncException | IllegalArgumentException e) {
            err.println("sendero sync: " + String.valueOf(e.getMessage()).replaceAll("\\R", " "));
            return 1;
        } catch (IOException e) {
            err.println("sendero sync: standard input: " + e.getMessage());
            return 1;
        } catch (ExecutionException | TimeoutException e) {
            err.println("sendero sync: the sync did not finish: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("sendero sync: interrupted");
            return 1;
        }
    }

    private void configure(Line line) throws SyncException, IOException {
        SyncSettings now = sync.settings();
        Optional<URI> endpoint = line.endpoint == null ? now.endpoint()
                : Optional.of(address(line.endpoint, "--endpoint"));
        URI homePage = line.homePage == null ? now.homePage() : address(line.homePage, "--home-page");
        String key = line.key == null ? now.key() : line.key;
        Optional<char[]> secret = Optional.empty();
        if (line.secretStdin) {
            String read = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (read == null || read.isEmpty()) {
                throw new SyncException("standard input: no secret on the first line");
            }
            secret = Optional.of(read.toCharArray());
        }
        sync.configure(new SyncSettings(true, endpoint, key, homePage), secret);
    }

    private static URI address(String text, String option) {
        try {
            URI address = new URI(text.strip());
            if (!address.isAbsolute()) {
                throw new IllegalArgumentException(
                        option + " " + text + ": not an absolute address such as https://...");
            }
            return address;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(option + " " + text + ": not an address: " + e.getReason());
        }
    }

    private static StatusText english() {
        return new StatusText(Locale.ENGLISH, ZoneId.systemDefault());
    }

    private static void text(SyncSettings settings, SyncStatus status, boolean pushed, long sentNow, PrintStream out) {
        out.println(english().line(status));
        out.println("results server: " + settings.endpoint().map(URI::toString).orElse("(not set)")
                + (settings.key().isEmpty() ? "" : " (key " + settings.key() + ")") + ", "
                + (settings.enabled() ? "on" : "off") + "; office home page: " + settings.homePage());
        out.println((pushed ? "sent now: " + sentNow + ", " : "") + "waiting: " + status.waiting() + ", sent: "
                + status.sent() + ", refused: " + status.refused());
    }

    private static JsonObject json(SyncSettings settings, SyncStatus status, long sentNow,
            List<RefusedStatement> refusals) {
        JsonObject json = new JsonObject();
        json.addProperty("enabled", settings.enabled());
        json.addProperty("configured", settings.configured());
        json.add("endpoint", JsonOutput.string(settings.endpoint().map(URI::toString).orElse(null)));
        json.addProperty("key", settings.key());
        json.addProperty("homePage", settings.homePage().toString());
        json.addProperty("sentNow", sentNow);
        json.addProperty("waiting", status.waiting());
        json.addProperty("sent", status.sent());
        json.addProperty("refused", status.refused());
        json.add("lastSent", JsonOutput.string(status.lastSent().map(Object::toString).orElse(null)));
        if (status.problem().isPresent()) {
            JsonObject problem = new JsonObject();
            problem.addProperty("kind", status.problem().get().kind().name());
            problem.addProperty("detail", status.problem().get().detail());
            problem.addProperty("text", english().problem(status.problem().get()));
            json.add("problem", problem);
        } else {
            json.add("problem", com.google.gson.JsonNull.INSTANCE);
        }
        json.addProperty("status", english().line(status));
        JsonArray refused = new JsonArray();
        for (RefusedStatement statement : refusals) {
            JsonObject one = new JsonObject();
            one.addProperty("id", statement.id());
            one.addProperty("verb", statement.verb());
            one.addProperty("learnerId", statement.learnerId());
            one.addProperty("reason", statement.reason());
            refused.add(one);
        }
        json.add("refusals", refused);
        return json;
    }

    @Command(name = "sync")
    static final class Line {
        @Option(names = "--now", description = "Send the waiting results now and report the counts.")
        boolean now;
        @Option(names = "--json", description = "The status as JSON on stdout.")
        boolean json;
        @Option(names = "--configure", description = "Set the results server and turn sending on.")
        boolean configure;
        @Option(names = "--endpoint", paramLabel = "URL", description = "The LRS's xAPI address, e.g. https://lrs.example.org/xAPI/.")
        String endpoint;
        @Option(names = "--key", paramLabel = "KEY", description = "The LRS client's key.")
        String key;
        @Option(names = "--secret-stdin", description = "Read the LRS client's secret from the first line of standard input.")
        boolean secretStdin;
        @Option(names = "--home-page", paramLabel = "URL", description = "The office home page (as for progress export).")
        String homePage;
        @Option(names = "--off", description = "Stop sending results (they keep waiting on this computer).")
        boolean off;
    }
}
