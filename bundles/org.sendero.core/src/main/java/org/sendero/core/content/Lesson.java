package org.sendero.core.content;

import java.util.List;

/**
 * One language version of a lesson; translations share the id.
 *
 * @param minutes the reading time the author estimates; 0 when not given
 * @param sources ids of the sources the lesson draws on, as in guidance front matter
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
        sections = List.copyOf(sections);
    }
}
