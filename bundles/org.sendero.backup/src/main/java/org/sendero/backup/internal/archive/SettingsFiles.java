package org.sendero.backup.internal.archive;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.sendero.core.DataFolder;

/**
 * The settings a backup carries and where each lives in the data folder: the workbench's
 * preference files (interface language, text size, window) and the backup's own settings. Secure
 * storage (passwords, keys) is never among them: it lives outside the data folder, and a file
 * whose name mentions security is left out all the same.
 */
public final class SettingsFiles {

    /** The backup's own settings (the second folder), also read by the command line. */
    public static final String BACKUP_SETTINGS = "backup.properties";

    static final String PREFIX = "settings/";

    private static final String WORKBENCH = PREFIX + "workbench/";

    /** A plain file name: nothing in an entry's name can point outside the settings folder. */
    private static final Pattern PREFS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.prefs");

    private final DataFolder data;

    public SettingsFiles(DataFolder data) {
        this.data = data;
    }

    /** The workbench's preferences folder, as the launcher gives it to Eclipse ({@code -data DIR/workbench}). */
    public Path workbenchPreferences() {
        return data.root().resolve("workbench/.metadata/.plugins/org.eclipse.core.runtime/.settings");
    }

    /** Each settings file there is now, by its entry name in a backup. */
    public Map<String, Path> present() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        Path own = data.root().resolve(BACKUP_SETTINGS);
        if (Files.isRegularFile(own)) {
            files.put(PREFIX + BACKUP_SETTINGS, own);
        }
        Path folder = workbenchPreferences();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> prefs = Files.newDirectoryStream(folder, "*.prefs")) {
                for (Path file : prefs) {
                    String name = file.getFileName().toString();
                    if (Files.isRegularFile(file) && PREFS.matcher(name).matches() && !secret(name)) {
                        files.put(WORKBENCH + name, file);
                    }
                }
            }
        }
        return files;
    }

    /** Where an entry of a backup goes back to; empty for a name that is not a settings file. */
    public Optional<Path> target(String entry) {
        if (entry.equals(PREFIX + BACKUP_SETTINGS)) {
            return Optional.of(data.root().resolve(BACKUP_SETTINGS));
        }
        if (entry.startsWith(WORKBENCH)) {
            String name = entry.substring(WORKBENCH.length());
            if (PREFS.matcher(name).matches() && !secret(name)) {
                return Optional.of(workbenchPreferences().resolve(name));
            }
        }
        return Optional.empty();
    }

    private static boolean secret(String name) {
        return name.toLowerCase(Locale.ROOT).contains("secur");
    }
}
