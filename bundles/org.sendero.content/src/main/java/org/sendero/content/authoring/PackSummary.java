package org.sendero.content.authoring;

import java.util.List;
import java.util.Optional;

import org.sendero.core.content.LocalizedText;

/**
 * What a pack holds, to show before and after it is packed for distribution.
 *
 * @param lessons lessons by id (a lesson in two languages counts once)
 * @param quizzes quizzes by id; {@code items} counts the items of each quiz's first language
 * @param assets files under assets/
 * @param bytes size of the .sendero file; 0 before it is written
 * @param signer fingerprint of the signing key, empty for an unsigned pack
 */
public record PackSummary(String id, String version, LocalizedText title, int courses, int modules, int lessons,
        int quizzes, int items, int guidance, int assets, List<String> languages, long bytes, Optional<String> signer) {

    public PackSummary {
        languages = List.copyOf(languages);
        signer = signer == null ? Optional.empty() : signer;
    }
}
