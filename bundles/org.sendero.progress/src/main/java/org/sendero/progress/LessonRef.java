package org.sendero.progress;

/** Where a lesson is: its pack, course and module, then its id (the same in every language). */
public record LessonRef(String packId, String courseId, String moduleId, String lessonId) {

    public LessonRef {
        Checks.text(packId, "pack id");
        Checks.text(courseId, "course id");
        Checks.text(moduleId, "module id");
        Checks.text(lessonId, "lesson id");
    }
}
