package org.sendero.feed.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.core.AtomicFiles;
import org.sendero.core.SenderoEnvironment;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedSettings;
import org.sendero.feed.TrustedPublisher;
import org.sendero.feed.internal.fetch.FeedLocation;
import org.sendero.feed.internal.index.FeedIndex;

/**
 * The feed preferences in {@code <data>/feeds/settings.json}. Not the workbench's Eclipse
 * preferences: the command line runs without them, and both must see the same feeds and trusted
 * keys. Every change rewrites the file whole (a crash leaves the old or the new one).
 */
@Component(service = FeedSettings.class)
public final class SettingsFile implements FeedSettings {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final int LARGEST = 1024 * 1024;

    private final Path file;

    @Activate
    public SettingsFile(@Reference SenderoEnvironment environment) {
        this(environment.dataFolder().root().resolve("feeds").resolve("settings.json"));
    }

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** The file's form; lists are never null once read. */
    private static final class Stored {
        List<String> feeds = new ArrayList<>();
        List<TrustedPublisher> trustedPublishers = new ArrayList<>();
    }

    @Override
    public synchronized List<String> feeds() throws FeedException {
        return List.copyOf(read().feeds);
    }

    @Override
    public synchronized String addFeed(String location) throws FeedException {
        FeedLocation parsed = FeedLocation.of(location);
        String kept = parsed instanceof FeedLocation.Folder folder ? folder.folder().toString() : location.strip();
        Stored stored = read();
        if (!stored.feeds.contains(kept)) {
            stored.feeds.add(kept);
            write(stored);
        }
        return kept;
    }

    @Override
    public synchronized boolean removeFeed(String location) throws FeedException {
        Stored stored = read();
        String given = location == null ? "" : location.strip();
        boolean removed = stored.feeds.remove(given);
        if (!removed) {
            try {
                if (FeedLocation.of(given) instanceof FeedLocation.Folder folder) {
                    removed = stored.feeds.remove(folder.folder().toString());
                }
            } catch (FeedException e) {
                // not a location at all: nothing to remove
            }
        }
        if (removed) {
            write(stored);
        }
        return removed;
    }

    @Override
    public synchronized List<TrustedPublisher> trustedPublishers() throws FeedException {
        return List.copyOf(read().trustedPublishers);
    }

    @Override
    public synchronized TrustedPublisher trust(String fingerprint, String name) throws FeedException {
        String key = fingerprint == null ? "" : fingerprint.strip();
        if (!FeedIndex.isFingerprint(key)) {
            throw new FeedException("\"" + key + "\" is not a key fingerprint: SHA256: and 43 characters, as"
                    + " 'sendero packs' shows a signer");
        }
        if (name != null && name.codePoints().anyMatch(Character::isISOControl)) {
            throw new FeedException("a publisher's name is one line");
        }
        TrustedPublisher publisher = new TrustedPublisher(key, name);
        Stored stored = read();
        stored.trustedPublishers.removeIf(p -> p.fingerprint().equals(key));
        stored.trustedPublishers.add(publisher);
        write(stored);
        return publisher;
    }

    @Override
    public synchronized boolean untrust(String fingerprint) throws FeedException {
        String key = fingerprint == null ? "" : fingerprint.strip();
        Stored stored = read();
        boolean removed = stored.trustedPublishers.removeIf(p -> p.fingerprint().equals(key));
        if (removed) {
            write(stored);
        }
        return removed;
    }

    private Stored read() throws FeedException {
        try {
            if (Files.size(file) > LARGEST) {
                throw new FeedException(file + ": too large to be the feed preferences");
            }
            Stored stored = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
            if (stored == null) {
                return new Stored();
            }
            stored.feeds = stored.feeds == null ? new ArrayList<>() : new ArrayList<>(stored.feeds);
            stored.trustedPublishers = stored.trustedPublishers == null ? new ArrayList<>()
                    : new ArrayList<>(stored.trustedPublishers.stream()
                            .filter(p -> p != null && FeedIndex.isFingerprint(p.fingerprint())).toList());
            stored.feeds.removeIf(feed -> feed == null || feed.isBlank());
            return stored;
        } catch (NoSuchFileException e) {
            return new Stored();
        } catch (IOException | JsonParseException e) {
            throw new FeedException(file + ": cannot read the feed preferences: " + e.getMessage(), e);
        }
    }

    private void write(Stored stored) throws FeedException {
        try {
            AtomicFiles.write(file, (GSON.toJson(stored) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FeedException(file + ": cannot write the feed preferences: " + e.getMessage(), e);
        }
    }
}
