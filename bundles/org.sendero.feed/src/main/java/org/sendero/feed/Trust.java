package org.sendero.feed;

/** Whether a pack offered by a feed may be installed from it. */
public enum Trust {
    /** Signed by a key in the trusted publishers. */
    TRUSTED,
    /** Signed, but by a key nobody here trusts: never installed from a feed. */
    UNKNOWN_SIGNER,
    /** Not signed: anyone could have made it, never installed from a feed. */
    UNSIGNED
}
