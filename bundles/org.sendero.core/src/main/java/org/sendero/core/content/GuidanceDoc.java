package org.sendero.core.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One language version of a guidance document. Translations share the {@code id} and the anchors of
 * their sections and differ by {@code lang}.
 *
 * @param path where the document is inside its pack, with '/' separators, e.g. guidance/x.en.md
 * @param markdown the document's Markdown body, front matter removed
 * @param sections worked out from {@code markdown}, so left out of equality: comparing or hashing
 *        a document (the library tree does, for every row) must not render it
 */
public record GuidanceDoc(String id, String lang, String title, List<String> topics, Optional<DocType> doctype,
        Optional<String> subregion, OptionalInt year, List<String> sources, String path, String markdown,
        List<Section> sections) {

    public GuidanceDoc {
        PackInfo.requireText(id, "guidance id");
        PackInfo.requireText(lang, "language of " + id);
        PackInfo.requireText(title, "title of " + id);
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
        sections = LazySections.copyOf(sections);
        doctype = doctype == null ? Optional.empty() : doctype;
        subregion = subregion == null ? Optional.empty() : subregion;
        year = year == null ? OptionalInt.empty() : year;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GuidanceDoc that && id.equals(that.id) && lang.equals(that.lang)
                && title.equals(that.title) && topics.equals(that.topics) && doctype.equals(that.doctype)
                && subregion.equals(that.subregion) && year.equals(that.year) && sources.equals(that.sources)
                && path.equals(that.path) && markdown.equals(that.markdown);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, lang, title, topics, doctype, subregion, year, sources, path, markdown);
    }
}
