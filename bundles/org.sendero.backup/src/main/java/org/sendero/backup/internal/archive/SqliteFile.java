package org.sendero.backup.internal.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The few things a backup does with a progress database file, each with a connection of its own. */
public final class SqliteFile {

    /** As long as the workbench may hold a write transaction: the online backup waits for it. */
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;

    public SqliteFile(Path file) {
        this.file = file;
    }

    /**
     * Copies the database with SQLite's online backup: the copy is one consistent state of the
     * file, also while another process (the workbench, a quiz on the command line) writes to it.
     */
    public void copyTo(Path target) throws SQLException {
        String name = target.toAbsolutePath().toString();
        if (name.contains("\"")) {
            throw new SQLException("a backup cannot be written to a path with a quotation mark: " + name);
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("backup to \"" + name + "\"");
        }
    }

    /** SQLite's own check of every page and index; "ok" when the file is sound. */
    public String integrity() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            StringBuilder result = new StringBuilder();
            while (rows.next()) {
                result.append(result.isEmpty() ? "" : "; ").append(rows.getString(1));
            }
            return result.toString();
        }
    }

    public int userVersion() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA user_version")) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    /** The number of rows of a table, 0 when the table does not exist (an older schema). */
    public long count(String table) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement
                    .executeQuery(
                            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
                if (!exists.next() || exists.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /**
     * Moves the write-ahead log into the file and closes: when no other connection is open, SQLite
     * then deletes the log and its shared-memory file, so their absence afterwards tells that no
     * other process is using the database.
     */
    public void checkpointAndClose() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    /**
     * Not read-only even to read: a read-only connection cannot open a database in WAL mode whose
     * shared-memory file is missing, which is how a file fresh out of a backup is.
     */
    private Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source.getConnection();
    }

    /** The text SQLite gives for an error, without the driver's prefix. */
    public static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "").replaceAll("\\R", " ");
    }
}
