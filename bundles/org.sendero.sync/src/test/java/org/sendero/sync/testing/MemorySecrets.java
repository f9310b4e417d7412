package org.sendero.sync.testing;

import java.util.Optional;

import org.sendero.sync.internal.settings.SecretStore;

/**
 * The secret kept in memory: Eclipse secure storage needs a running OSGi framework, so it is
 * exercised by the acceptance tests on the installed product.
 */
public final class MemorySecrets implements SecretStore {

    private char[] secret;

    @Override
    public synchronized Optional<char[]> secret() {
        return Optional.ofNullable(secret).map(char[]::clone);
    }

    @Override
    public synchronized void store(char[] given) {
        secret = given.clone();
    }
}
