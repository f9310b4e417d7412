package org.sendero.feed;

import java.util.List;

/**
 * The configured feeds (folders and URLs) and the trusted publishers, kept in the data folder's
 * feed preferences so that the command line and the workbench share them. A service.
 */
public interface FeedSettings {

    List<String> feeds() throws FeedException;

    /** Adds a folder or an https URL (http only to this computer); a feed already listed stays once. */
    String addFeed(String location) throws FeedException;

    /** @return false when no such feed was configured */
    boolean removeFeed(String location) throws FeedException;

    List<TrustedPublisher> trustedPublishers() throws FeedException;

    /** Trusts a key by its fingerprint (SHA256:...); trusting it again renames it. */
    TrustedPublisher trust(String fingerprint, String name) throws FeedException;

    /** @return false when the key was not trusted */
    boolean untrust(String fingerprint) throws FeedException;
}
