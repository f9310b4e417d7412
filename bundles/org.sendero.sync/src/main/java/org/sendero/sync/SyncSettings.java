package org.sendero.sync;

import java.net.URI;
import java.util.Optional;

/**
 * Where results go. The secret that goes with {@code key} is not here: it is kept in secure
 * storage and only ever written, never read back, through {@link SyncService#configure}.
 *
 * @param enabled whether results are sent at all
 * @param endpoint the LRS's xAPI address, ending before {@code statements}, e.g.
 *        {@code https://lrs.example.org/data/xAPI/}; empty until configured
 * @param key the LRS client's key (the Basic auth user name)
 * @param homePage the office's home page: the xAPI account home page of its learners and the base
 *        of its activity ids, the same as an export's {@code --home-page}
 */
public record SyncSettings(boolean enabled, Optional<URI> endpoint, String key, URI homePage) {

    public SyncSettings {
        endpoint = endpoint == null ? Optional.empty() : endpoint.map(SyncSettings::withSlash);
        key = key == null ? "" : key.strip();
        if (homePage == null || !homePage.isAbsolute()) {
            throw new IllegalArgumentException("the office home page must be an absolute address such as"
                    + " https://training.example.org/north/");
        }
        endpoint.ifPresent(address -> {
            if (!address.isAbsolute() || !("https".equals(address.getScheme()) || "http".equals(address.getScheme()))) {
                throw new IllegalArgumentException("the results server address must start with https:// (or http://): "
                        + address);
            }
        });
    }

    /** The endpoint names a folder: {@code statements} is resolved against it. */
    private static URI withSlash(URI endpoint) {
        return endpoint.toString().endsWith("/") ? endpoint : URI.create(endpoint + "/");
    }

    public boolean configured() {
        return endpoint.isPresent() && !key.isEmpty();
    }
}
