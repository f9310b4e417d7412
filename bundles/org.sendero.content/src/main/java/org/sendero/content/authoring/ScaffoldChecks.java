package org.sendero.content.authoring;

import java.util.List;
import java.util.Map;

import org.sendero.content.ContentException;
import org.sendero.content.Problem;
import org.sendero.core.content.LocalizedText;

/** The checks on what a trainer typed for a new part of a pack, made before anything is written. */
final class ScaffoldChecks {

    private ScaffoldChecks() {
    }

    /** A problem when {@code id} is not one a part may have. */
    static void checkId(String id, String path, List<Problem> problems) {
        Ids.problem(id).ifPresent(p -> problems.add(Problem.error(path, 1, 1, p)));
    }

    static void checkNewId(String id, String kind, Map<String, String> used, String path, List<Problem> problems) {
        checkId(id, path, problems);
        if (id != null && used.containsKey(id)) {
            problems.add(Problem.error(path, 1, 1, "the " + kind + " id '" + id + "' is already used by " + used.get(id)
                    + "; choose another"));
        }
    }

    static void checkTitle(LocalizedText title, String path, List<Problem> problems) {
        if (title.byLanguage().getOrDefault(LocalizedText.FALLBACK_LANGUAGE, "").isBlank()) {
            problems.add(
                    Problem.error(path, 1, 1, "the title needs an English text, shown when a translation is missing"));
        }
    }

    static void checkTextLanguages(LocalizedText text, List<String> declared, String path, List<Problem> problems) {
        text.byLanguage().keySet().stream().filter(lang -> !declared.contains(lang)).forEach(lang -> problems.add(
                Problem.error(path, 1, 1, "language '" + lang + "' is not declared in pack.yaml (languages: "
                        + String.join(", ", declared) + ")")));
    }

    static void throwIfAny(List<Problem> problems) throws ContentException {
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
    }
}
