package org.sendero.content.authoring;

import java.util.List;
import java.util.OptionalInt;

import org.sendero.core.content.LocalizedText;

/**
 * A new course: its modules come later, one by one.
 *
 * @param languages the course's languages; empty for the pack's
 * @param passMark percent for the course's quizzes; empty for the format's default (70)
 */
public record NewCourse(String id, LocalizedText title, LocalizedText description, List<String> languages,
        OptionalInt passMark) {

    public NewCourse {
        description = description == null ? LocalizedText.empty() : description;
        languages = languages == null ? List.of() : List.copyOf(languages);
        passMark = passMark == null ? OptionalInt.empty() : passMark;
    }
}
