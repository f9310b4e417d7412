package org.sendero.content.internal.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.sendero.content.MarkdownRenderer;
import org.sendero.core.content.ContentLink;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Decides what a URL in Markdown may become. An allow-list, not a block-list: only web and mail
 * links, links by id and the pack's own assets survive; everything else (javascript:, vbscript:,
 * data:, file:, unknown schemes, also when written with entities, mixed case or control
 * characters) is dropped.
 */
public final class UrlPolicy {

    /** What a URL is, after decoding it the way a browser would. */
    public enum Kind {
        /** http, https or mailto: kept; the reader opens it outside the app after asking. */
        EXTERNAL,
        /** guidance:ID#anchor or lesson:ID: rewritten to the reader's scheme. */
        CONTENT,
        /** a file under assets/: rewritten to the reader's scheme. */
        ASSET,
        /** #anchor within the same document. */
        FRAGMENT,
        /** a relative path that is not an asset, e.g. a file name: not a link the reader can follow. */
        RELATIVE,
        /** a scheme that can run code or read local files, or that Sendero does not know. */
        DANGEROUS
    }

    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto");

    private UrlPolicy() {
    }

    /** The URL as a browser would read it: entities decoded, control characters and spaces removed. */
    public static String normalize(String url) {
        if (url == null) {
            return "";
        }
        if (isPlain(url)) {
            return url; // the common case: nothing to decode or remove
        }
        String decoded = Escaping.unescapeHtml(url);
        StringBuilder clean = new StringBuilder(decoded.length());
        decoded.codePoints().filter(c -> c > 0x20 && c != 0x7f && !Character.isWhitespace(c)
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL)
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean isPlain(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '&') {
                return false;
            }
        }
        return true;
    }

    public static Kind classify(String url) {
        String clean = normalize(url);
        Optional<String> scheme = scheme(clean);
        if (scheme.isPresent()) {
            String name = scheme.get().toLowerCase(Locale.ROOT);
            if (EXTERNAL_SCHEMES.contains(name)) {
                return Kind.EXTERNAL;
            }
            if ((name.equals("guidance") || name.equals("lesson")) && ContentLink.parse(clean).isPresent()) {
                return Kind.CONTENT;
            }
            return Kind.DANGEROUS;
        }
        if (clean.startsWith("//") || clean.startsWith("\\")) {
            return Kind.DANGEROUS; // protocol-relative: a web address in disguise, or a Windows share
        }
        if (clean.startsWith("#")) {
            return Kind.FRAGMENT;
        }
        if (clean.startsWith("assets/") && !clean.contains("..") && !clean.contains("\\")) {
            return Kind.ASSET;
        }
        return Kind.RELATIVE;
    }

    /**
     * A URL has a scheme when something before the first '/', '?' or '#' ends with ':' (so that
     * "java&#x09;script:" or "JaVaScRiPt:" are caught after normalising).
     */
    static Optional<String> scheme(String clean) {
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == ':') {
                return Optional.of(clean.substring(0, i));
            }
            if (c == '/' || c == '?' || c == '#') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The href or src the HTML gets, or empty when the URL must not appear at all. */
    public static Optional<String> rewrite(String url, String packId, boolean image) {
        String clean = normalize(url);
        return switch (classify(url)) {
            case EXTERNAL -> image ? Optional.empty() : Optional.of(clean); // no fetching from the network
            case CONTENT -> image ? Optional.empty() : ContentLink.parse(clean).map(UrlPolicy::internal);
            case ASSET -> Optional.of(MarkdownRenderer.SCHEME + "asset/" + packId + "/" + clean);
            case FRAGMENT -> image ? Optional.empty() : Optional.of(clean);
            case RELATIVE, DANGEROUS -> Optional.empty();
        };
    }

    public static String internal(ContentLink link) {
        return MarkdownRenderer.SCHEME + link.kind().scheme() + "/" + link.id()
                + link.anchor().map(a -> "#" + a).orElse("");
    }
}
