package org.sendero.certificates;

import java.nio.file.Path;

/**
 * The office that issues certificates on this PC by itself when a learner completes a course.
 *
 * @param key the office's Ed25519 private key (PEM), kept where the office keeps it
 * @param language en, es or fr: the language the office prints its certificates in
 */
public record OfficeSettings(String office, Path key, String language, Paper paper) {

    /** What to ask the issuer for the learner's certificate of the course, as this office prints it. */
    public IssueRequest requestFor(String learner, String courseId) {
        return new IssueRequest(learner, courseId, key, office, language, paper, java.util.Optional.empty());
    }
}
