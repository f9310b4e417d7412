package org.sendero.sync.internal.settings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.sendero.core.AtomicFiles;
import org.sendero.progress.ExportOptions;
import org.sendero.sync.SyncException;
import org.sendero.sync.SyncSettings;

/**
 * The sync's preferences in the data folder ({@code sync/settings.properties}): on or off, the
 * endpoint, the key and the office home page. Never the secret. Written whole and atomically, so a
 * crash leaves the old settings or the new ones.
 */
public final class SettingsFile {

    private static final String ENABLED = "enabled";
    private static final String ENDPOINT = "endpoint";
    private static final String KEY = "key";
    private static final String HOME_PAGE = "homePage";

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public SyncSettings read() throws SyncException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return new SyncSettings(false, Optional.empty(), "", ExportOptions.DEFAULT_HOME_PAGE);
        } catch (IOException | IllegalArgumentException e) {
            throw new SyncException(file + ": cannot read the results server settings: " + e.getMessage(), e);
        }
        try {
            String endpoint = properties.getProperty(ENDPOINT, "").strip();
            return new SyncSettings(Boolean.parseBoolean(properties.getProperty(ENABLED, "false")),
                    endpoint.isEmpty() ? Optional.empty() : Optional.of(URI.create(endpoint)),
                    properties.getProperty(KEY, ""),
                    URI.create(properties.getProperty(HOME_PAGE, ExportOptions.DEFAULT_HOME_PAGE.toString())));
        } catch (IllegalArgumentException e) {
            throw new SyncException(file + ": " + e.getMessage(), e);
        }
    }

    public void write(SyncSettings settings) throws SyncException {
        Properties properties = new Properties();
        properties.setProperty(ENABLED, Boolean.toString(settings.enabled()));
        settings.endpoint().ifPresent(endpoint -> properties.setProperty(ENDPOINT, endpoint.toString()));
        properties.setProperty(KEY, settings.key());
        properties.setProperty(HOME_PAGE, settings.homePage().toString());
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            properties.store(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                    "Sendero: where results are sent (the secret is in secure storage, not here)");
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new SyncException(file + ": cannot save the results server settings: " + e.getMessage(), e);
        }
    }
}
