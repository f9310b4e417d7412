package org.sendero.core.content;

import java.util.List;

/** A course: modules in order and the default pass mark (percent) of their quizzes. */
public record Course(String id, LocalizedText title, LocalizedText description, List<String> languages,
        List<Module> modules, int passMark) {

    public Course {
        PackInfo.requireText(id, "course id");
        languages = List.copyOf(languages);
        modules = List.copyOf(modules);
        if (passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("pass mark of " + id + " is not a percentage: " + passMark);
        }
    }
}
