package org.sendero.feed.internal.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.sendero.feed.FeedException;
import org.sendero.feed.internal.index.FeedIndex;

/**
 * Where a feed is: a folder, or a URL of the folder that holds feed.json (or of feed.json itself).
 * A URL must be HTTPS, so that nobody on the way can change what arrives or see what an office
 * fetches; plain HTTP is accepted only to this computer (a test server, a local proxy).
 */
public sealed interface FeedLocation {

    /** The location as the user gave it, for messages. */
    String shown();

    /** The folder or URL of feed.json. */
    String index();

    /** The folder or URL of a file listed in feed.json. */
    String file(String name);

    record Folder(Path folder, String shown) implements FeedLocation {
        @Override
        public String index() {
            return folder.resolve(FeedIndex.FILE).toString();
        }

        @Override
        public String file(String name) {
            return folder.resolve(name).toString();
        }
    }

    /** @param base the feed's folder URL, ending in / */
    record Web(URI base, String shown) implements FeedLocation {
        @Override
        public String index() {
            return base.resolve(FeedIndex.FILE).toString();
        }

        @Override
        public String file(String name) {
            return base.resolve(name).toString();
        }
    }

    static FeedLocation of(String text) throws FeedException {
        String location = text == null ? "" : text.strip();
        if (location.isEmpty()) {
            throw new FeedException("a feed is a folder or an https URL; none was given");
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return web(location);
        }
        if (lower.matches("[a-z][a-z0-9+.-]*://.*")) {
            throw new FeedException(location + ": a feed is a folder or an https URL");
        }
        try {
            Path folder = Path.of(location);
            if (folder.getFileName() != null && folder.getFileName().toString().equals(FeedIndex.FILE)) {
                folder = folder.toAbsolutePath().getParent();
            }
            return new Folder(folder.toAbsolutePath().normalize(), location);
        } catch (InvalidPathException e) {
            throw new FeedException(location + ": not a folder name: " + e.getMessage(), e);
        }
    }

    private static Web web(String location) throws FeedException {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new FeedException(location + ": not a URL: " + e.getMessage(), e);
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new FeedException(location + ": a feed URL names a host and a folder, without user, query or #");
        }
        if (uri.getScheme().equalsIgnoreCase("http") && !isLoopback(uri.getHost())) {
            throw new FeedException(location + ": a feed on another computer must be https://, so that what"
                    + " arrives cannot be changed on the way");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.endsWith("/" + FeedIndex.FILE)) {
            path = path.substring(0, path.length() - FeedIndex.FILE.length());
        } else if (!path.endsWith("/")) {
            path = path + "/";
        }
        return new Web(uri.resolve(path), location);
    }

    /** Only addresses of this computer; a name is looked up once, without a network when it is one. */
    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
