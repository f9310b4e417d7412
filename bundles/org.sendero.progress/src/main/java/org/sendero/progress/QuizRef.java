package org.sendero.progress;

/** Where a quiz is and which language version a learner takes. */
public record QuizRef(String packId, String courseId, String moduleId, String quizId, String lang) {

    public QuizRef {
        Checks.text(packId, "pack id");
        Checks.text(courseId, "course id");
        Checks.text(moduleId, "module id");
        Checks.text(quizId, "quiz id");
        Checks.text(lang, "language");
    }
}
