package org.sendero.core.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A module of a course: lessons in order, then a quiz.
 *
 * @param lessonIds the lesson ids in the order learners read them
 * @param lessons every language version of every lesson
 * @param quizzes the quiz in each language it exists in (the versions share an id)
 * @param languages the languages every lesson and the quiz are meant to exist in
 */
public record Module(String id, LocalizedText title, LocalizedText description,
        Map<String, List<String>> objectives, List<String> lessonIds, List<Lesson> lessons, List<Quiz> quizzes,
        List<String> languages) {

    public Module {
        PackInfo.requireText(id, "module id");
        TreeMap<String, List<String>> copy = new TreeMap<>();
        objectives.forEach((language, list) -> copy.put(language, List.copyOf(list)));
        objectives = java.util.Collections.unmodifiableMap(copy);
        lessonIds = List.copyOf(lessonIds);
        lessons = List.copyOf(lessons);
        quizzes = List.copyOf(quizzes);
        languages = List.copyOf(languages);
    }

    /** The lesson {@code id} in {@code language}, or in any language when not translated. */
    public Optional<Lesson> lesson(String id, String language) {
        return lessons.stream().filter(l -> l.id().equals(id) && l.lang().equals(language)).findFirst()
                .or(() -> lessons.stream().filter(l -> l.id().equals(id)).findFirst());
    }

    public Optional<Quiz> quiz(String language) {
        return quizzes.stream().filter(q -> q.lang().equals(language)).findFirst()
                .or(() -> quizzes.stream().findFirst());
    }
}
