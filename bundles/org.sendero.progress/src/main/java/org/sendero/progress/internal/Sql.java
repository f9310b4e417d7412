package org.sendero.progress.internal;

import java.sql.SQLException;

import org.sendero.progress.ProgressException;
import org.sendero.progress.internal.db.DatabaseAccess;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.internal.db.SqlWork;

/** Runs database work and turns its failures into one-line messages that name the file. */
final class Sql {

    private Sql() {
    }

    /** A refusal for the user (a name taken, an unknown id), rolled back like any failure. */
    static final class UserError extends SQLException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }

    static <T> T run(DatabaseAccess access, String what, boolean write, SqlWork<T> work) throws ProgressException {
        ProgressDatabase database = access.database();
        try {
            return write ? database.write(work) : database.read(work);
        } catch (UserError e) {
            throw new ProgressException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new ProgressException(database.file() + ": cannot " + what + ": " + ProgressDatabase.reason(e), e);
        }
    }
}
