package org.sendero.progress.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.progress.DatabaseHealth;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressHealth;
import org.sendero.progress.internal.db.DatabaseAccess;

/** Reads the integrity check and the row counts on the process's one connection, so WAL content counts too. */
@Component(service = ProgressHealth.class)
public final class HealthService implements ProgressHealth {

    private final DatabaseAccess access;

    @Activate
    public HealthService(@Reference DatabaseAccess access) {
        this.access = access;
    }

    @Override
    public DatabaseHealth check() throws ProgressException {
        return Sql.run(access, "check the database", false, connection -> {
            List<String> integrity = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    integrity.add(rows.getString(1));
                }
            }
            return new DatabaseHealth(single(connection, "PRAGMA user_version"), integrity,
                    count(connection, "learner"), count(connection, "attempt"), count(connection, "answer"),
                    count(connection, "note"), count(connection, "practice_answer"));
        });
    }

    private static long count(Connection connection, String table) throws SQLException {
        // the table names are this class's own constants, never input
        return single(connection, "SELECT count(*) FROM " + table);
    }

    private static int single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }
}
