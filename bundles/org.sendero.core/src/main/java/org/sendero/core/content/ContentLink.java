package org.sendero.core.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link between documents by id, as authors write it: {@code guidance:ID#anchor} or
 * {@code lesson:ID}. Ids survive renaming files and are the same in every translation.
 */
public record ContentLink(Kind kind, String id, Optional<String> anchor) {

    public enum Kind {
        GUIDANCE, LESSON;

        public String scheme() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Pattern FORMAT = Pattern
            .compile("(guidance|lesson):([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([A-Za-z0-9_-]+))?");

    public ContentLink {
        PackInfo.requireText(id, "link target");
        anchor = anchor == null ? Optional.empty() : anchor;
    }

    /** The link written as {@code guidance:ID#anchor}, or empty when the text is not such a link. */
    public static Optional<ContentLink> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Kind kind = matcher.group(1).equals("guidance") ? Kind.GUIDANCE : Kind.LESSON;
        return Optional.of(new ContentLink(kind, matcher.group(2), Optional.ofNullable(matcher.group(3))));
    }

    @Override
    public String toString() {
        return kind.scheme() + ":" + id + anchor.map(a -> "#" + a).orElse("");
    }
}
