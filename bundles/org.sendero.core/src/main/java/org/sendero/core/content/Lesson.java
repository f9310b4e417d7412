package org.sendero.core.content;

import java.util.List;
import java.util.Objects;

/**
 * One language version of a lesson; translations share the id.
 *
 * @param minutes the reading time the author estimates; 0 when not given
 * @param sources ids of the sources the lesson draws on, as in guidance front matter
 * @param sections worked out from {@code markdown}, so left out of equality: comparing or hashing
 *        a lesson (the library tree does, for every row) must not render it
 */
public record Lesson(String id, String lang, String title, int minutes, List<String> sources, String path,
        String markdown, List<Section> sections) {

    public Lesson {
        PackInfo.requireText(id, "lesson id");
        PackInfo.requireText(lang, "language of lesson " + id);
        PackInfo.requireText(title, "title of lesson " + id);
        if (minutes < 0) {
            throw new IllegalArgumentException("lesson " + id + " has negative minutes");
        }
        sources = List.copyOf(sources);
        sections = LazySections.copyOf(sections);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Lesson that && id.equals(that.id) && lang.equals(that.lang) && title.equals(that.title)
                && minutes == that.minutes && sources.equals(that.sources) && path.equals(that.path)
                && markdown.equals(that.markdown);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, lang, title, minutes, sources, path, markdown);
    }
}
