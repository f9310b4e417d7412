package org.sendero.content.internal.library;

/** A single document turned into a guidance file of "My library": guidance/ID.LANG.md. */
record ImportedDocument(String id, String lang, String markdown, String source) {

    String path() {
        return "guidance/" + id + "." + lang + ".md";
    }
}
