package org.sendero.progress;

import java.net.URI;
import java.util.Optional;

/**
 * What an export contains and how it names things.
 *
 * @param homePage the xAPI account home page of this installation's learners and the base of
 *        activity ids; one per office, so that learners of different offices stay apart
 * @param learnerId only this learner, or everyone when empty
 */
public record ExportOptions(URI homePage, Optional<String> learnerId) {

    /** An address in the reserved .invalid domain: clearly a placeholder until an office sets its own. */
    public static final URI DEFAULT_HOME_PAGE = URI.create("https://sendero.invalid/");

    public ExportOptions {
        if (homePage == null || !homePage.isAbsolute()) {
            throw new IllegalArgumentException(
                    "the home page must be an absolute address such as https://training.example.org/");
        }
        learnerId = learnerId == null ? Optional.empty() : learnerId;
    }
}
