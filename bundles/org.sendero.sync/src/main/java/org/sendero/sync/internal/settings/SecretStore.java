package org.sendero.sync.internal.settings;

import java.util.Optional;

import org.sendero.sync.SyncException;

/** Where the LRS secret is kept, away from the settings. */
public interface SecretStore {

    Optional<char[]> secret() throws SyncException;

    void store(char[] secret) throws SyncException;
}
