package org.sendero.backup.internal.rolling;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.sendero.backup.internal.archive.DurableFiles;
import org.sendero.backup.internal.archive.SettingsFiles;
import org.sendero.core.DataFolder;

/**
 * Where the daily backup is also copied: a setting of the data folder in backup.properties, so
 * that the command line (which runs without the workbench's preferences) reads and sets it too,
 * and a backup carries it with the other settings.
 */
public final class SecondFolderSetting {

    private static final String KEY = "second.folder";

    private final Path file;

    public SecondFolderSetting(DataFolder data) {
        this.file = data.root().resolve(SettingsFiles.BACKUP_SETTINGS);
    }

    public Optional<Path> get() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String value = properties.getProperty(KEY, "").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(Path.of(value));
    }

    public void set(Optional<Path> folder) throws IOException {
        Properties properties = new Properties();
        folder.ifPresent(path -> properties.setProperty(KEY, path.toAbsolutePath().normalize().toString()));
        StringWriter text = new StringWriter();
        properties.store(text, "Sendero backups: the second folder the daily backup is copied to");
        DurableFiles.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
