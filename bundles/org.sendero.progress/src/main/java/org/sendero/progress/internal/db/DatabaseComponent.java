package org.sendero.progress.internal.db;

import java.sql.SQLException;
import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.sendero.core.SenderoEnvironment;
import org.sendero.progress.ProgressException;

/**
 * Opens the data folder's progress.db on first use rather than at start: a database that cannot
 * be opened (written by a newer version) then gives its message to whoever asked, instead of
 * silently leaving the services unregistered.
 */
@Component(service = DatabaseAccess.class)
public final class DatabaseComponent implements DatabaseAccess {

    private final SenderoEnvironment environment;
    private ProgressDatabase database;

    @Activate
    public DatabaseComponent(@Reference SenderoEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public synchronized ProgressDatabase database() throws ProgressException {
        if (database == null) {
            database = ProgressDatabase.open(environment.dataFolder().progressDatabase(), Clock.systemUTC());
        }
        return database;
    }

    @Deactivate
    synchronized void close() throws SQLException {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
