package org.sendero.ui.internal.reader;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.sendero.core.content.ContentLink;

/** Where a link clicked in the reader leads, and so what the reader does with it. */
public sealed interface LinkTarget {

    /** The page itself or one of its sections: the browser may go there. */
    record SamePage() implements LinkTarget {
    }

    /** Another lesson or guidance document: opened in the reader, never fetched. */
    record Internal(ContentLink link) implements LinkTarget {
    }

    /** A web or mail address: opened outside the product, after the user agrees. */
    record External(String address) implements LinkTarget {
    }

    /** Anything else: not followed. */
    record Refused(String address) implements LinkTarget {
    }

    static LinkTarget of(String location, String pageUri) {
        if (location == null || location.isBlank() || location.equals("about:blank")) {
            return new SamePage();
        }
        if (location.startsWith(pageUri)) {
            return new SamePage();
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sendero://")) {
            return internal(location).<LinkTarget>map(Internal::new).orElse(new Refused(location));
        }
        if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")) {
            return new External(location);
        }
        return new Refused(location);
    }

    /** {@code sendero://guidance/ID#anchor} or {@code sendero://lesson/ID}, as the renderer writes them. */
    private static Optional<ContentLink> internal(String location) {
        try {
            URI uri = URI.create(location);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return ContentLink
                    .parse(uri.getHost() + ":" + path + (uri.getFragment() == null ? "" : "#" + uri.getFragment()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
