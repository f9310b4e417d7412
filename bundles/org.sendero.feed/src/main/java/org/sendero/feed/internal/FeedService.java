package org.sendero.feed.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.PackValidator;
import org.sendero.core.SenderoEnvironment;
import org.sendero.core.content.PackVersion;
import org.sendero.feed.FeedCheck;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedOffer;
import org.sendero.feed.FeedPack;
import org.sendero.feed.FeedSettings;
import org.sendero.feed.PackFeeds;
import org.sendero.feed.Trust;
import org.sendero.feed.TrustedPublisher;
import org.sendero.feed.internal.fetch.Downloads;
import org.sendero.feed.internal.fetch.FeedSource;
import org.sendero.feed.internal.index.FeedBuilder;
import org.sendero.feed.internal.index.FeedIndex;

/** The feeds of this process's data folder, installing into its library. */
@Component(service = PackFeeds.class)
public final class FeedService implements PackFeeds {

    private final ContentLibrary library;
    private final PackValidator validator;
    private final FeedSettings settings;
    private final Path staging;
    private final Downloads downloads;

    @Activate
    public FeedService(@Reference ContentLibrary library, @Reference PackValidator validator,
            @Reference FeedSettings settings, @Reference SenderoEnvironment environment) {
        this(library, validator, settings, environment.dataFolder().root().resolve("feeds").resolve("staging"),
                Downloads.standard());
    }

    public FeedService(ContentLibrary library, PackValidator validator, FeedSettings settings, Path staging,
            Downloads downloads) {
        this.library = library;
        this.validator = validator;
        this.settings = settings;
        this.staging = staging;
        this.downloads = downloads;
    }

    @Override
    public List<FeedPack> build(Path folder) throws FeedException {
        return new FeedBuilder(validator).build(folder);
    }

    @Override
    public FeedCheck check(Optional<String> from) {
        List<String> problems = new ArrayList<>();
        List<String> feeds;
        Set<String> trusted;
        Map<String, PackVersion> installed;
        try {
            feeds = from.isPresent() ? List.of(from.get()) : settings.feeds();
            trusted = trusted();
            installed = installedVersions();
        } catch (FeedException e) {
            return new FeedCheck(List.of(), List.of(e.getMessage()));
        }
        // the newest version of each pack; between feeds with the same version, the first configured
        Map<String, FeedOffer> newest = new LinkedHashMap<>();
        for (String feed : feeds) {
            try {
                FeedSource source = FeedSource.of(feed, downloads);
                FeedIndex index = FeedIndex.parse(source.index(), source.location().index());
                for (FeedPack pack : index.packs()) {
                    Optional<PackVersion> current = Optional.ofNullable(installed.get(pack.id()));
                    boolean newer = current.map(version -> pack.version().compareTo(version) > 0).orElse(true);
                    FeedOffer known = newest.get(pack.id());
                    if (newer && (known == null || pack.version().compareTo(known.pack().version()) > 0)) {
                        newest.put(pack.id(), new FeedOffer(feed, pack, current, trust(pack, trusted)));
                    }
                }
            } catch (FeedException e) {
                problems.add(e.getMessage());
            }
        }
        return new FeedCheck(List.copyOf(newest.values()), problems);
    }

    @Override
    public String install(FeedOffer offer) throws FeedException {
        FeedSource source = FeedSource.of(offer.feed(), downloads);
        String shown = source.location().file(offer.pack().file());
        Set<String> trusted = trusted();
        // the feed's word is enough to say no without a download; a yes is checked on the file itself
        switch (trust(offer.pack(), trusted)) {
            case UNSIGNED -> throw new FeedException(shown + ": not signed; a pack from a feed is installed only"
                    + " when a trusted publisher signed it");
            case UNKNOWN_SIGNER -> throw new FeedException(shown + ": signed by " + offer.pack().signer().orElseThrow()
                    + ", which is not a trusted publisher; not installed (trust it with: sendero feed trust "
                    + offer.pack().signer().orElseThrow() + ")");
            case TRUSTED -> {
                // go on
            }
        }
        return new FeedInstaller(library, staging).install(source, offer.pack(), trusted);
    }

    private Set<String> trusted() throws FeedException {
        return settings.trustedPublishers().stream().map(TrustedPublisher::fingerprint).collect(Collectors.toSet());
    }

    private static Trust trust(FeedPack pack, Set<String> trusted) {
        if (pack.signer().isEmpty()) {
            return Trust.UNSIGNED;
        }
        return trusted.contains(pack.signer().get()) ? Trust.TRUSTED : Trust.UNKNOWN_SIGNER;
    }

    private Map<String, PackVersion> installedVersions() throws FeedException {
        try {
            return library.installed().stream()
                    .collect(Collectors.toMap(pack -> pack.info().id(), pack -> pack.info().version()));
        } catch (ContentException e) {
            throw new FeedException(e.problems().get(0).toString(), e);
        }
    }

}
