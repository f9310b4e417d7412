package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sendero.content.Problem;
import org.sendero.content.internal.yaml.FileProblems;
import org.sendero.content.internal.yaml.YamlText;
import org.sendero.core.content.Question;

/**
 * One quiz item written alone, as in an item editor: read with the same checks as in a quiz file,
 * except for {@code ref} targets, which only the whole pack can confirm.
 */
public final class ItemText {

    private ItemText() {
    }

    public static Optional<Question> read(String yaml, String path, String lang, Set<String> scenarioIds,
            List<Problem> problems) {
        FileProblems sink = new FileProblems(path, 0, problems);
        return YamlText.parse(yaml, sink).flatMap(node -> new QuizReader(path, lang, new ArrayList<>())
                .item(node, scenarioIds, new HashMap<>()));
    }
}
