package org.sendero.feed.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;
import org.sendero.cli.JsonOutput;
import org.sendero.feed.FeedCheck;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedOffer;
import org.sendero.feed.FeedPack;
import org.sendero.feed.FeedSettings;
import org.sendero.feed.PackFeeds;
import org.sendero.feed.TrustedPublisher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sendero feed build|check|install|add|remove|list|trust|untrust|trusted: packs from office feeds,
 * installed only when a trusted publisher signed them.
 */
@Component(service = CliCommand.class)
public final class FeedCommand implements CliCommand {

    private final PackFeeds feeds;
    private final FeedSettings settings;

    @Activate
    public FeedCommand(@Reference PackFeeds feeds, @Reference FeedSettings settings) {
        this.feeds = feeds;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public String summary() {
        return "build DIR | check [--from DIR|URL] [--json] | install [--from DIR|URL] | add|remove DIR|URL | list"
                + " | trust FINGERPRINT [--name NAME] | untrust FINGERPRINT | trusted: packs from office feeds,"
                + " installed only when signed by a trusted publisher";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed line = parser.parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        try {
            return switch (line.command()) {
                case BuildLine build -> build(Path.of(build.folder), out);
                case CheckLine check -> check(check, out, err);
                case InstallLine install -> install(install, out, err);
                case AddLine add -> say(out, "Added the feed " + settings.addFeed(add.location));
                case RemoveLine remove -> remove(remove.location, out, err);
                case ListLine list -> list(out);
                case TrustLine trust -> trust(trust, out);
                case UntrustLine untrust -> untrust(untrust.fingerprint, out, err);
                case TrustedLine trusted -> trusted(out);
                default -> parser.usageError(
                        "name what to do: build, check, install, add, remove, list, trust, untrust or trusted");
            };
        } catch (FeedException e) {
            err.println(Terminal.safe(e.getMessage()));
            return 1;
        } catch (java.nio.file.InvalidPathException e) {
            err.println(Terminal.safe(e.getInput() + ": not a folder name: " + e.getReason()));
            return 1;
        }
    }

    private static int say(PrintStream out, String text) {
        out.println(Terminal.safe(text));
        return 0;
    }

    private int build(Path folder, PrintStream out) throws FeedException {
        List<FeedPack> packs = feeds.build(folder);
        out.println(Terminal.safe("Wrote " + folder.resolve("feed.json") + ": " + packs.size()
                + (packs.size() == 1 ? " pack" : " packs")));
        for (FeedPack pack : packs) {
            out.println(Terminal.safe("  " + pack.file() + "  " + pack.id() + " " + pack.version() + ", "
                    + pack.size() + " bytes, " + pack.signer().map(key -> "signed by " + key).orElse("not signed")));
        }
        return 0;
    }

    private int check(CheckLine line, PrintStream out, PrintStream err) throws FeedException {
        if (noFeeds(line.from, out)) {
            return 0;
        }
        FeedCheck check = feeds.check(Optional.ofNullable(line.from));
        check.problems().forEach(problem -> err.println(Terminal.safe(problem)));
        if (line.json) {
            out.println(Terminal.escapeC1(JsonOutput.write(json(check))));
        } else if (check.offers().isEmpty()) {
            out.println(check.problems().isEmpty() ? "Nothing newer in the feeds: the installed packs are up to date."
                    : "Nothing newer in the feeds that could be read.");
        } else {
            check.offers().forEach(offer -> out.println(Terminal.safe(offer.describe())));
        }
        return check.problems().isEmpty() ? 0 : 1;
    }

    private int install(InstallLine line, PrintStream out, PrintStream err) throws FeedException {
        if (noFeeds(line.from, out)) {
            return 0;
        }
        FeedCheck check = feeds.check(Optional.ofNullable(line.from));
        check.problems().forEach(problem -> err.println(Terminal.safe(problem)));
        boolean failed = !check.problems().isEmpty();
        if (check.offers().isEmpty() && !failed) {
            out.println("Nothing newer in the feeds: the installed packs are up to date.");
        }
        for (FeedOffer offer : check.offers()) {
            try {
                out.println(Terminal.safe(feeds.install(offer)));
            } catch (FeedException e) {
                err.println(Terminal.safe(e.getMessage()));
                failed = true;
            }
        }
        return failed ? 1 : 0;
    }

    private boolean noFeeds(String from, PrintStream out) throws FeedException {
        if (from == null && settings.feeds().isEmpty()) {
            out.println("No feeds are configured; add one with: sendero feed add DIR|URL");
            return true;
        }
        return false;
    }

    private int remove(String location, PrintStream out, PrintStream err) throws FeedException {
        if (!settings.removeFeed(location)) {
            err.println(Terminal.safe(location + ": not a configured feed; see: sendero feed list"));
            return 1;
        }
        return say(out, "Removed the feed " + location);
    }

    private int list(PrintStream out) throws FeedException {
        List<String> configured = settings.feeds();
        if (configured.isEmpty()) {
            out.println("No feeds are configured; add one with: sendero feed add DIR|URL");
        }
        configured.forEach(feed -> out.println(Terminal.safe(feed)));
        return 0;
    }

    private int trust(TrustLine line, PrintStream out) throws FeedException {
        TrustedPublisher publisher = settings.trust(line.fingerprint, line.name);
        return say(out, "Trusted " + publisher.fingerprint() + (publisher.name().isEmpty() ? ""
                : " (" + publisher.name() + ")"));
    }

    private int untrust(String fingerprint, PrintStream out, PrintStream err) throws FeedException {
        if (!settings.untrust(fingerprint)) {
            err.println(Terminal.safe(fingerprint + ": not a trusted publisher; see: sendero feed trusted"));
            return 1;
        }
        return say(out, "No longer trusted: " + fingerprint);
    }

    private int trusted(PrintStream out) throws FeedException {
        List<TrustedPublisher> publishers = settings.trustedPublishers();
        if (publishers.isEmpty()) {
            out.println("No trusted publishers yet; add one with: sendero feed trust FINGERPRINT --name NAME");
        }
        publishers.forEach(p -> out.println(Terminal.safe(p.fingerprint() + "  " + p.name()).strip()));
        return 0;
    }

    /** Stable keys in a fixed order, for scripts; a missing value is null. */
    static JsonObject json(FeedCheck check) {
        JsonArray offers = new JsonArray();
        for (FeedOffer offer : check.offers()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("id", offer.pack().id());
            entry.addProperty("version", offer.pack().version().toString());
            entry.add("installed", JsonOutput.string(offer.installed().map(Object::toString).orElse(null)));
            entry.addProperty("file", offer.pack().file());
            entry.addProperty("size", offer.pack().size());
            entry.addProperty("sha256", offer.pack().sha256());
            entry.add("signer", JsonOutput.string(offer.pack().signer().orElse(null)));
            entry.addProperty("trusted", offer.trust() == org.sendero.feed.Trust.TRUSTED);
            entry.addProperty("feed", offer.feed());
            offers.add(entry);
        }
        JsonObject root = new JsonObject();
        root.add("offers", offers);
        root.add("problems", JsonOutput.strings(check.problems()));
        return root;
    }

    @Command(subcommands = { BuildLine.class, CheckLine.class, InstallLine.class, AddLine.class, RemoveLine.class,
            ListLine.class, TrustLine.class, UntrustLine.class, TrustedLine.class })
    static final class Line {
    }

    @Command(name = "build", description = "Write DIR/feed.json from the .sendero files in DIR.")
    static final class BuildLine {
        @Parameters(paramLabel = "DIR", description = "The feed's folder.")
        String folder;
    }

    @Command(name = "check", description = "Say what the feeds hold that is newer than the installed packs.")
    static final class CheckLine {
        @Option(names = "--from", paramLabel = "DIR|URL", description = "This feed instead of the configured ones.")
        String from;
        @Option(names = "--json", description = "One JSON object, for scripts.")
        boolean json;
    }

    @Command(name = "install", description = "Install what is newer, when a trusted publisher signed it.")
    static final class InstallLine {
        @Option(names = "--from", paramLabel = "DIR|URL", description = "This feed instead of the configured ones.")
        String from;
    }

    @Command(name = "add", description = "Check this feed from now on.")
    static final class AddLine {
        @Parameters(paramLabel = "DIR|URL", description = "A folder or an https URL holding feed.json.")
        String location;
    }

    @Command(name = "remove", description = "Stop checking this feed.")
    static final class RemoveLine {
        @Parameters(paramLabel = "DIR|URL", description = "A configured feed.")
        String location;
    }

    @Command(name = "list", description = "List the configured feeds.")
    static final class ListLine {
    }

    @Command(name = "trust", description = "Install packs signed by this key from feeds.")
    static final class TrustLine {
        @Parameters(paramLabel = "FINGERPRINT", description = "SHA256:... as 'sendero packs' shows a signer.")
        String fingerprint;
        @Option(names = "--name", paramLabel = "NAME", description = "Who the key belongs to.")
        String name;
    }

    @Command(name = "untrust", description = "Stop installing packs signed by this key.")
    static final class UntrustLine {
        @Parameters(paramLabel = "FINGERPRINT", description = "A trusted key's fingerprint.")
        String fingerprint;
    }

    @Command(name = "trusted", description = "List the trusted publishers.")
    static final class TrustedLine {
    }
}
