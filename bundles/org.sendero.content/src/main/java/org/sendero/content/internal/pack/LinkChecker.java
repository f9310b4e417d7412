package org.sendero.content.internal.pack;

import java.util.Set;

import org.sendero.content.Problem;
import org.sendero.content.internal.markdown.UrlPolicy;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.LocalizedText;

/**
 * Checks every link and image of a pack once all its files are read: that documents, sections and
 * assets linked to exist, and that nothing links out of the pack in an unsafe way.
 */
final class LinkChecker {

    private final PackReading reading;

    LinkChecker(PackReading reading) {
        this.reading = reading;
    }

    void check() {
        for (LinkUse link : reading.links) {
            String url = UrlPolicy.normalize(link.url());
            switch (UrlPolicy.classify(link.url())) {
                case EXTERNAL -> {
                    if (link.image()) {
                        warn(link, "images from the web are not shown (nothing is fetched from the network);"
                                + " put the image under assets/");
                    }
                }
                case CONTENT -> ContentLink.parse(url).ifPresent(target -> checkTarget(link, target));
                case FRAGMENT -> {
                    String anchor = url.substring(1);
                    if (!link.documentKey().equals("quiz")
                            && !reading.anchors.getOrDefault(link.documentKey(), Set.of()).contains(anchor)) {
                        error(link, "broken link: no section '#" + anchor + "' in this document");
                    }
                }
                case ASSET -> {
                    if (!reading.files.contains(url)) {
                        error(link, "missing file: " + url);
                    }
                }
                case RELATIVE ->
                    error(link, "broken link '" + link.url() + "': link to documents by id (guidance:ID#anchor,"
                            + " lesson:ID) and to images under assets/");
                case DANGEROUS ->
                    error(link, "unsafe link '" + link.url() + "': only http, https, mailto, guidance: and"
                            + " lesson: links are allowed");
            }
        }
    }

    private void checkTarget(LinkUse link, ContentLink target) {
        String kind = target.kind().scheme();
        Set<String> languages = reading.translations.get(kind + ":" + target.id());
        if (languages == null) {
            error(link, "broken link: no " + kind + " with id '" + target.id() + "'");
            return;
        }
        if (target.anchor().isEmpty()) {
            return;
        }
        // the same-language version when it exists, else English, else any: the reader falls back the same way
        String lang = languages.contains(link.lang()) ? link.lang()
                : languages.contains(LocalizedText.FALLBACK_LANGUAGE) ? LocalizedText.FALLBACK_LANGUAGE
                        : languages.iterator().next();
        String anchor = target.anchor().get();
        Set<String> known = reading.anchors.get(kind + ":" + target.id() + ":" + lang);
        // no anchors known: the document could not be read, and its own error says why
        if (known != null && !known.contains(anchor)) {
            error(link,
                    "broken link: " + kind + " '" + target.id() + "' (" + lang + ") has no section '#" + anchor + "'");
        }
    }

    private void error(LinkUse link, String message) {
        reading.problems.add(Problem.error(link.path(), link.line(), link.column(), message));
    }

    private void warn(LinkUse link, String message) {
        reading.problems.add(Problem.warning(link.path(), link.line(), link.column(), message));
    }
}
