package org.sendero.sync.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.sendero.core.AtomicFiles;
import org.sendero.sync.LrsReader;
import org.sendero.sync.StatusText;
import org.sendero.sync.SyncException;
import org.sendero.sync.SyncSettings;
import org.sendero.sync.internal.lrs.LrsClient;
import org.sendero.sync.internal.lrs.LrsException;
import org.sendero.sync.internal.settings.SecretStore;
import org.sendero.sync.internal.settings.SettingsFile;

/** Reads the office's statements back from the configured LRS, page after page. */
public final class LrsReading implements LrsReader {

    /** A bound on pages, so that a server whose {@code more} links go round in a circle cannot hold a report forever. */
    private static final int MAX_PAGES = 100_000;

    private final SettingsFile settingsFile;
    private final SecretStore secrets;
    private final Duration timeout;

    public LrsReading(SettingsFile settingsFile, SecretStore secrets, Duration timeout) {
        this.settingsFile = settingsFile;
        this.secrets = secrets;
        this.timeout = timeout;
    }

    @Override
    public List<JsonObject> statements(Optional<Instant> since, Optional<Instant> until) throws SyncException {
        SyncSettings settings = settingsFile.read();
        if (!settings.configured()) {
            throw new SyncException("no results server is set up: sendero sync --configure --endpoint URL --key KEY"
                    + " --secret-stdin --home-page URL");
        }
        char[] secret = secrets.secret()
                .orElseThrow(() -> new SyncException("no secret is saved for the results server's key"));
        LrsClient client = new LrsClient(settings.endpoint().orElseThrow(), settings.key(), secret, timeout);
        Arrays.fill(secret, '\0');
        StringBuilder query = new StringBuilder("?ascending=true&limit=500");
        since.ifPresent(at -> query.append("&since=").append(encode(at.toString())));
        until.ifPresent(at -> query.append("&until=").append(encode(at.toString())));
        Optional<URI> next = Optional.of(URI.create(client.statements() + query.toString()));
        List<JsonObject> office = new ArrayList<>();
        String home = settings.homePage().toString();
        int pages = 0;
        try {
            while (next.isPresent() && pages++ < MAX_PAGES) {
                LrsClient.Page page = client.get(next.get());
                page.statements().stream().filter(statement -> ofOffice(statement, home)).forEach(office::add);
                next = page.more();
            }
        } catch (LrsException e) {
            throw new SyncException(settings.endpoint().orElseThrow() + ": "
                    + new StatusText(java.util.Locale.ENGLISH, java.time.ZoneOffset.UTC).problem(e.problem()), e);
        }
        return office;
    }

    /** The office's learners (their account's home page) or its activities (ids under the home page). */
    static boolean ofOffice(JsonObject statement, String home) {
        JsonElement homePage = path(statement, "actor", "account", "homePage");
        if (homePage != null && homePage.isJsonPrimitive() && homePage.getAsString().equals(home)) {
            return true;
        }
        JsonElement activity = path(statement, "object", "id");
        return activity != null && activity.isJsonPrimitive() && activity.getAsString().startsWith(home);
    }

    private static JsonElement path(JsonObject object, String... names) {
        JsonElement at = object;
        for (String name : names) {
            if (at == null || !at.isJsonObject()) {
                return null;
            }
            at = at.getAsJsonObject().get(name);
        }
        return at;
    }

    @Override
    public Path download(Optional<Instant> since, Optional<Instant> until, Path file) throws SyncException {
        JsonArray all = new JsonArray();
        statements(since, until).forEach(all::add);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, (all + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SyncException(file + ": cannot write the statements read from the results server: "
                    + e.getMessage(), e);
        }
        return file;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
