package org.sendero.backup.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.sendero.backup.PackRecord;
import org.sendero.backup.internal.BackupService;
import org.sendero.backup.internal.Records;
import org.sendero.backup.internal.archive.SettingsFiles;
import org.sendero.core.DataFolder;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A data folder with learners' records as the progress bundle writes them (WAL, a learner and a
 * note table, the schema version in user_version), for backing up and restoring in tests.
 */
public final class OfficeRecords {

    public static final int SCHEMA = 4;

    private final DataFolder data;

    public OfficeRecords(Path root) {
        this.data = new DataFolder(root);
        root.toFile().mkdirs();
    }

    public DataFolder data() {
        return data;
    }

    /** Records with these learners, each with one note, at {@code schema}. */
    public OfficeRecords withLearners(int schema, String... names) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS learner (id TEXT PRIMARY KEY, name TEXT NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS note (id TEXT NOT NULL, learner_id TEXT NOT NULL,"
                    + " body TEXT NOT NULL, PRIMARY KEY (learner_id, id))");
            for (String name : names) {
                statement.execute("INSERT INTO learner VALUES ('" + name + "-id', '" + name + "')");
                statement.execute("INSERT INTO note VALUES ('n1', '" + name + "-id', 'note of " + name + "')");
            }
            statement.execute("PRAGMA user_version = " + schema);
        }
        return this;
    }

    public OfficeRecords withSetting(String file, String text) throws IOException {
        Path settings = new SettingsFiles(data).workbenchPreferences().resolve(file);
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, text, StandardCharsets.UTF_8);
        return this;
    }

    public String setting(String file) throws IOException {
        return Files.readString(new SettingsFiles(data).workbenchPreferences().resolve(file), StandardCharsets.UTF_8);
    }

    /** The learners' names in the records, sorted. */
    public List<String> learners() throws SQLException {
        return strings("SELECT name FROM learner ORDER BY name");
    }

    public List<String> notes() throws SQLException {
        return strings("SELECT body FROM note ORDER BY body");
    }

    public int schema() throws SQLException {
        return Integer.parseInt(strings("PRAGMA user_version").get(0));
    }

    private List<String> strings(String query) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** A connection as the workbench holds one: WAL, as the progress bundle opens it. */
    public Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(5_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + data.progressDatabase());
        return source.getConnection();
    }

    public BackupService service(Clock clock) {
        return new BackupService(new Records(data, "0.1.0", () -> List.of(new PackRecord("starter", "1.2.0", "ab:cd"),
                new PackRecord("my-library", "1.0.0", "")), SCHEMA, clock));
    }
}
