package org.sendero.content.internal.pack;

/**
 * A link or image found in a document or a quiz, kept until every document is read so that it
 * can be checked against all ids and anchors of the pack.
 *
 * @param documentKey the kind, id and language of the document it is in, e.g. guidance:x:en, for #anchor links
 */
record LinkUse(String path, int line, int column, String url, boolean image, String lang, String documentKey) {
}
