package org.sendero.certificates;

/**
 * The best score a learner reached at a module's quiz.
 *
 * @param moduleId the module, as the pack names it
 * @param percent the best finished attempt, rounded to a whole percentage
 */
public record Score(String moduleId, int percent) {

    public Score {
        Field.requirePrintable(moduleId, "module id");
        if (moduleId.contains("=") || moduleId.contains(";")) {
            throw new IllegalArgumentException("a module id in a certificate cannot hold '=' or ';': " + moduleId);
        }
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a score is a percentage: " + percent);
        }
    }

    @Override
    public String toString() {
        return moduleId + "=" + percent;
    }
}
