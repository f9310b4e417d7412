package org.sendero.progress.internal.db;

import org.sendero.progress.ProgressException;

/** The one progress database of the process, opened on first use. */
@FunctionalInterface
public interface DatabaseAccess {

    ProgressDatabase database() throws ProgressException;
}
