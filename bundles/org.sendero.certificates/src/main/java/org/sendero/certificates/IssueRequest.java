package org.sendero.certificates;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code sendero certificate issue} is asked for.
 *
 * @param key the office's Ed25519 private key (the same PEM form as a pack signing key)
 * @param output the PDF to write; empty for {@code <data>/certificates/<learner>/<course>.pdf}
 */
public record IssueRequest(String learner, String courseId, Path key, String office, String language, Paper paper,
        Optional<Path> output) {
}
