package org.sendero.progress.internal.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the database's connection inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
