package org.sendero.sync.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstalledPack;
import org.sendero.core.SenderoEnvironment;
import org.sendero.core.content.Pack;
import org.sendero.progress.export.Outbox;
import org.sendero.progress.export.RefusedStatement;
import org.sendero.sync.LrsReader;
import org.sendero.sync.SyncException;
import org.sendero.sync.SyncService;
import org.sendero.sync.SyncSettings;
import org.sendero.sync.SyncStatus;
import org.sendero.sync.internal.settings.SecureStorageSecrets;
import org.sendero.sync.internal.settings.SettingsFile;

/**
 * The sync of the data folder: settings in {@code sync/settings.properties}, the secret in secure
 * storage under {@code sync/}, and the background thread, started a little after activation so
 * that a short command (configure, report) is done before it first looks at the outbox.
 */
@Component(service = { SyncService.class, LrsReader.class })
public final class SyncComponent implements SyncService, LrsReader {

    private static final Duration FIRST_LOOK = Duration.ofSeconds(10);

    private final SyncEngine engine;
    private final LrsReading reading;

    @Activate
    public SyncComponent(@Reference Outbox outbox, @Reference ContentLibrary library,
            @Reference SenderoEnvironment environment) {
        Path folder = environment.dataFolder().root().resolve("sync");
        SettingsFile settings = new SettingsFile(folder.resolve("settings.properties"));
        SecureStorageSecrets secrets = new SecureStorageSecrets(folder);
        this.engine = new SyncEngine(outbox, () -> packs(library), settings, secrets, Clock.systemUTC(),
                SyncEngine.Tuning.DEFAULT);
        this.reading = new LrsReading(settings, secrets, SyncEngine.Tuning.DEFAULT.timeout());
        engine.start(FIRST_LOOK);
    }

    /** The installed packs that load: they name activities as the export does. */
    private static List<Pack> packs(ContentLibrary library) {
        List<Pack> packs = new ArrayList<>();
        try {
            for (InstalledPack installed : library.installed()) {
                try {
                    library.load(installed.info().id()).pack().ifPresent(packs::add);
                } catch (ContentException e) {
                    // that pack's activities go without names, as in an export
                }
            }
        } catch (ContentException e) {
            // no names at all: the statements still carry every id
        }
        return packs;
    }

    @Deactivate
    void stop() {
        engine.close();
    }

    @Override
    public SyncStatus status() {
        return engine.status();
    }

    @Override
    public void addListener(Consumer<SyncStatus> listener) {
        engine.addListener(listener);
    }

    @Override
    public void removeListener(Consumer<SyncStatus> listener) {
        engine.removeListener(listener);
    }

    @Override
    public SyncSettings settings() throws SyncException {
        return engine.settings();
    }

    @Override
    public void configure(SyncSettings settings, Optional<char[]> secret) throws SyncException {
        engine.configure(settings, secret);
    }

    @Override
    public CompletableFuture<SyncStatus> refresh() {
        return engine.refresh();
    }

    @Override
    public CompletableFuture<SyncStatus> pushNow() {
        return engine.pushNow();
    }

    @Override
    public List<RefusedStatement> refusals() throws SyncException {
        return engine.refusals();
    }

    @Override
    public List<com.google.gson.JsonObject> statements(Optional<Instant> since, Optional<Instant> until)
            throws SyncException {
        return reading.statements(since, until);
    }

    @Override
    public Path download(Optional<Instant> since, Optional<Instant> until, Path file) throws SyncException {
        return reading.download(since, until, file);
    }
}
