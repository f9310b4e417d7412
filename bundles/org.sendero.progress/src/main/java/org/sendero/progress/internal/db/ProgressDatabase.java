package org.sendero.progress.internal.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;

import org.sendero.progress.ProgressException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The progress database file: opened once per process, WAL journal, {@code synchronous=FULL} so
 * that a commit is on disk when it returns, foreign keys on so that deleting a learner deletes
 * their rows, {@code secure_delete} so that deleted rows are overwritten in the file.
 *
 * <p>One connection serves the whole process, one transaction at a time; other processes (the
 * command line beside the workbench) wait for each other through SQLite's busy timeout.
 */
public final class ProgressDatabase implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;
    private final Clock clock;

    private ProgressDatabase(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    public static ProgressDatabase open(Path file, Clock clock) throws ProgressException {
        return open(file, clock, Schema.CURRENT);
    }

    /**
     * Opens the file, creating it when missing, and migrates it to {@code schema}. A database
     * written by a newer version is refused before anything is written to it.
     */
    public static ProgressDatabase open(Path file, Clock clock, Schema schema) throws ProgressException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new ProgressException(file + ": cannot create its folder: " + e.getMessage(), e);
        }
        if (Files.exists(file)) {
            refuseNewer(file, schema);
        }
        Connection connection = null;
        try {
            connection = dataSource(file, false).getConnection();
            ProgressDatabase database = new ProgressDatabase(file, connection, clock);
            database.migrate(schema);
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new ProgressException(file + ": " + reason(e), e);
        } catch (ProgressException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Reads the schema version with a read-only connection, so that a newer file is not touched. */
    private static void refuseNewer(Path file, Schema schema) throws ProgressException {
        try (Connection readOnly = dataSource(file, true).getConnection();
                Statement statement = readOnly.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA user_version")) {
            int version = row.next() ? row.getInt(1) : 0;
            if (version > schema.version()) {
                throw new ProgressException(file + ": written by a newer version of Sendero (progress schema " + version
                        + "; this version reads up to " + schema.version()
                        + "); it was left unchanged: update Sendero to"
                        + " open it");
            }
        } catch (SQLException e) {
            throw new ProgressException(file + ": " + reason(e), e);
        }
    }

    private static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.enforceForeignKeys(true);
            config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    private void migrate(Schema schema) throws SQLException, ProgressException {
        int version = userVersion();
        if (version > schema.version()) {
            // another process upgraded it between the check and this connection
            throw new ProgressException(file + ": written by a newer version of Sendero (progress schema " + version
                    + "); it was left unchanged");
        }
        for (int next = version + 1; next <= schema.version(); next++) {
            int target = next;
            write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : schema.migrations().get(target - 1)) {
                        statement.execute(sql);
                    }
                    // in the same transaction: the version moves only with the changes it names
                    statement.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    public int userVersion() throws SQLException {
        synchronized (this) {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("PRAGMA user_version")) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    /** Runs {@code work} in one transaction, committed (and on disk) before this returns. */
    public synchronized <T> T write(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Runs {@code work} without a transaction of its own: each query sees a consistent snapshot,
     * and readers never wait for a write lock.
     */
    public synchronized <T> T read(SqlWork<T> work) throws SQLException {
        return work.run(connection);
    }

    /** Moves the write-ahead log into the file and empties it, e.g. after deleting a learner. */
    public synchronized void checkpoint() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    public Instant now() {
        return clock.instant();
    }

    public Path file() {
        return file;
    }

    /** The text SQLite gives for an error, without the driver's prefix. */
    public static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the open failed already; that failure is the one to report
            }
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
