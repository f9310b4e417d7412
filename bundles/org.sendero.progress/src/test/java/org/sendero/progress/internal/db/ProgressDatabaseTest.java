package org.sendero.progress.internal.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.progress.ProgressException;

class ProgressDatabaseTest {

    @TempDir
    Path temp;

    private static String pragma(ProgressDatabase database, String name) throws Exception {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("PRAGMA " + name)) {
                row.next();
                return row.getString(1);
            }
        });
    }

    @Test
    void aNewDatabaseHasTheCurrentSchemaInWalWithFullSync() throws Exception {
        Path file = temp.resolve("data/progress.db");
        try (ProgressDatabase database = ProgressDatabase.open(file, Clock.systemUTC())) {
            assertEquals(Schema.CURRENT.version(), database.userVersion());
            assertEquals("wal", pragma(database, "journal_mode"));
            assertEquals("2", pragma(database, "synchronous"), "2 is FULL");
            assertEquals("1", pragma(database, "foreign_keys"));
            assertEquals("1", pragma(database, "secure_delete"));
        }
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void aDatabaseOfANewerVersionIsRefusedAndLeftByteForByteUnchanged() throws Exception {
        Path file = temp.resolve("progress.db");
        List<List<String>> newer = new ArrayList<>(Schema.CURRENT.migrations());
        newer.add(List.of("CREATE TABLE badge (id TEXT PRIMARY KEY)"));
        try (ProgressDatabase database = ProgressDatabase.open(file, Clock.systemUTC(), new Schema(newer))) {
            database.write(
                    connection -> connection.createStatement().executeUpdate("INSERT INTO badge VALUES ('gold')"));
            database.checkpoint();
        }
        byte[] before = Files.readAllBytes(file);
        ProgressException refused = assertThrows(ProgressException.class,
                () -> ProgressDatabase.open(file, Clock.systemUTC()));
        assertEquals(file + ": written by a newer version of Sendero (progress schema " + (Schema.CURRENT.version() + 1)
                + "; this version reads up to " + Schema.CURRENT.version()
                + "); it was left unchanged: update Sendero to"
                + " open it", refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        // the newer version still opens it, with its data
        try (ProgressDatabase database = ProgressDatabase.open(file, Clock.systemUTC(), new Schema(newer))) {
            assertEquals("gold", database.read(connection -> {
                try (ResultSet row = connection.createStatement().executeQuery("SELECT id FROM badge")) {
                    row.next();
                    return row.getString(1);
                }
            }));
        }
    }

    @Test
    void anOlderDatabaseIsMigratedForwardKeepingItsRows() throws Exception {
        Path file = temp.resolve("progress.db");
        try (ProgressDatabase database = ProgressDatabase.open(file, Clock.systemUTC())) {
            database.write(connection -> connection.createStatement().executeUpdate(
                    "INSERT INTO learner (id, name, name_key, created) VALUES ('l1', 'Ana', 'ana', 0)"));
        }
        List<List<String>> next = new ArrayList<>(Schema.CURRENT.migrations());
        next.add(List.of("ALTER TABLE learner ADD COLUMN office TEXT NOT NULL DEFAULT 'north'"));
        try (ProgressDatabase database = ProgressDatabase.open(file, Clock.systemUTC(), new Schema(next))) {
            assertEquals(Schema.CURRENT.version() + 1, database.userVersion());
            assertEquals("Ana north", database.read(connection -> {
                try (ResultSet row = connection.createStatement().executeQuery("SELECT name, office FROM learner")) {
                    row.next();
                    return row.getString(1) + " " + row.getString(2);
                }
            }));
        }
    }

    @Test
    void aVersionOneDatabaseKeepsItsLessonsAndGainsTheirReadingTime() throws Exception {
        Path file = temp.resolve("progress.db");
        Schema versionOne = new Schema(List.of(Schema.CURRENT.migrations().get(0)));
        try (ProgressDatabase database = ProgressDatabase.open(file, Clock.systemUTC(), versionOne)) {
            assertEquals(1, database.userVersion());
            database.write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(
                            "INSERT INTO learner (id, name, name_key, created) VALUES ('l1', 'Ana', 'ana', 0)");
                    statement
                            .executeUpdate("INSERT INTO lesson_progress (id, learner_id, pack_id, course_id, module_id,"
                                    + " lesson_id, lang, first_opened, last_opened, position, read_at)"
                                    + " VALUES ('r1', 'l1', 'p', 'c', 'm', 'one', 'en', 10, 20, 420, 30),"
                                    + " ('r2', 'l1', 'p', 'c', 'm', 'two', 'es', 40, 50, 0, NULL)");
                }
                return null;
            });
        }
        try (ProgressDatabase database = ProgressDatabase.open(file, Clock.systemUTC())) {
            assertEquals(Schema.CURRENT.version(), database.userVersion());
            assertEquals(List.of("r1 one en 10 20 420 30 0", "r2 two es 40 50 0 null 0"), database.read(connection -> {
                List<String> rows = new ArrayList<>();
                try (ResultSet row = connection.createStatement()
                        .executeQuery("SELECT id, lesson_id, lang, first_opened,"
                                + " last_opened, position, read_at, reading_ms FROM lesson_progress ORDER BY id")) {
                    while (row.next()) {
                        rows.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " "
                                + row.getLong(4)
                                + " " + row.getLong(5) + " " + row.getInt(6) + " " + row.getString(7) + " "
                                + row.getLong(8));
                    }
                }
                return rows;
            }), "every row is kept, with no reading time yet");
        }
    }

    @Test
    void aFailingMigrationLeavesTheDatabaseAtItsVersion() throws Exception {
        Path file = temp.resolve("progress.db");
        ProgressDatabase.open(file, Clock.systemUTC()).close();
        List<List<String>> broken = new ArrayList<>(Schema.CURRENT.migrations());
        broken.add(List.of("CREATE TABLE extra (id TEXT)", "THIS IS NOT SQL"));
        ProgressException failure = assertThrows(ProgressException.class,
                () -> ProgressDatabase.open(file, Clock.systemUTC(), new Schema(broken)));
        assertTrue(failure.getMessage().startsWith(file + ": "), failure.getMessage());
        try (ProgressDatabase database = ProgressDatabase.open(file, Clock.systemUTC())) {
            assertEquals(Schema.CURRENT.version(), database.userVersion());
            assertEquals(0, (int) database.read(connection -> {
                try (ResultSet row = connection.createStatement().executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE name = 'extra'")) {
                    row.next();
                    return row.getInt(1);
                }
            }), "the first statement of the failed migration was rolled back too");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithItsName() throws Exception {
        Path file = temp.resolve("progress.db");
        Files.writeString(file, "these are notes, not a database; ".repeat(200));
        byte[] before = Files.readAllBytes(file);
        ProgressException refused = assertThrows(ProgressException.class,
                () -> ProgressDatabase.open(file, Clock.systemUTC()));
        assertTrue(refused.getMessage().startsWith(file + ": "), refused.getMessage());
        assertTrue(refused.getMessage().contains("not a database"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
