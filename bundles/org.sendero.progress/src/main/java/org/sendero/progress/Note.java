package org.sendero.progress;

import java.time.Instant;
import java.util.Objects;

import org.sendero.core.content.ContentLink;

/**
 * What a learner keeps on a section of a lesson or guidance document: a bookmark (no quote) or a
 * highlight of some of its text, either with a note of their own.
 *
 * @param id a random UUID, kept across an export and an import so that importing twice adds nothing
 * @param anchor the section's heading id; empty for the text above the first heading
 * @param quote the highlighted text as the learner selected it; empty for a bookmark
 * @param before a little of the section's text just before the quote, to tell apart two places
 *        with the same words when the document is shown again
 * @param after the same just after the quote
 * @param body what the learner wrote; may be empty
 */
public record Note(String id, String learnerId, String packId, ContentLink.Kind kind, String documentId, String lang,
        String anchor, String quote, String before, String after, String body, Instant created, Instant updated) {

    public Note {
        Objects.requireNonNull(kind, "kind");
        id = id == null ? "" : id;
        learnerId = learnerId == null ? "" : learnerId;
        packId = Objects.requireNonNull(packId, "pack");
        documentId = Objects.requireNonNull(documentId, "document");
        lang = lang == null ? "" : lang;
        anchor = anchor == null ? "" : anchor;
        quote = quote == null ? "" : quote;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        body = body == null ? "" : body;
    }

    /** A note not stored yet: the store gives it its id, learner and times. */
    public static Note draft(String packId, ContentLink.Kind kind, String documentId, String lang, String anchor,
            String quote, String before, String after, String body) {
        return new Note("", "", packId, kind, documentId, lang, anchor, quote, before, after, body, null, null);
    }

    public boolean isBookmark() {
        return quote.isBlank();
    }

    /** The document the note belongs to, the same in every language. */
    public DocumentKey document() {
        return new DocumentKey(packId, kind, documentId);
    }

    /** The same note stored for {@code learner} with {@code noteId} at {@code time}. */
    public Note stored(String noteId, String learner, Instant createdAt, Instant updatedAt) {
        return new Note(noteId, learner, packId, kind, documentId, lang, anchor, quote, before, after, body, createdAt,
                updatedAt);
    }

    /** The same note with another body, changed at {@code time}. */
    public Note withBody(String newBody, Instant time) {
        return new Note(id, learnerId, packId, kind, documentId, lang, anchor, quote, before, after, newBody, created,
                time);
    }

    /** A document of a pack, whatever its language. */
    public record DocumentKey(String packId, ContentLink.Kind kind, String documentId) {
    }
}
