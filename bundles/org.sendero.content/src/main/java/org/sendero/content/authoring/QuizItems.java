package org.sendero.content.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sendero.content.ContentException;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;
import org.sendero.content.gift.QuizYaml;
import org.sendero.content.internal.pack.ItemText;
import org.sendero.core.content.Question;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Quiz items for an item form or an item editor: every item type of the model as the YAML of a
 * quiz file, read back with the quiz file's own checks, and added to a module's quiz.
 */
public final class QuizItems {

    private final Path root;
    private final PackValidator validator;

    public QuizItems(Path root, PackValidator validator) {
        this.root = root;
        this.validator = validator;
    }

    /** The item as it stands in a quiz file's {@code items} list, without the list's "- ". */
    public static String yaml(Question item) {
        String entry = YamlListEdit.block(QuizYaml.item(item), "");
        // "- " starts the first line, and every other line is indented by two to follow it
        StringBuilder out = new StringBuilder();
        entry.lines().forEach(line -> out.append(line.length() >= 2 ? line.substring(2) : line.strip()).append('\n'));
        return out.toString();
    }

    /**
     * Reads one item; {@code scenarioIds} are the scenarios of the quiz it is for. Problems are
     * placed in {@code path} at the editor's own lines.
     */
    public static ItemCheck read(String yaml, String path, String lang, Set<String> scenarioIds) {
        List<Problem> problems = new ArrayList<>();
        var item = ItemText.read(yaml, path, lang, scenarioIds, problems);
        return new ItemCheck(problems.stream().anyMatch(Problem::isError) ? java.util.Optional.empty() : item,
                problems);
    }

    /** Adds {@code item} at the end of the quiz file {@code quizPath} (relative to the pack). */
    public Written add(String quizPath, Question item) throws ContentException {
        Path file = root.resolve(quizPath);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ContentException.of(quizPath, "cannot be read: " + e.getMessage());
        }
        if (itemIds(text).contains(item.id())) {
            throw ContentException.of(quizPath, "the quiz already has an item '" + item.id() + "'; choose another id");
        }
        PackEdit edit = new PackEdit(root, validator);
        edit.replace(quizPath, YamlListEdit.append(text, "items", QuizYaml.item(item), quizPath));
        return edit.apply();
    }

    /** The ids of a quiz file's items, for a new item's suggested id. */
    public static List<String> itemIds(String quizText) {
        try {
            if (new Load(LoadSettings.builder().build()).loadFromString(quizText) instanceof Map<?, ?> map
                    && map.get("items") instanceof List<?> items) {
                return items.stream().filter(Map.class::isInstance).map(i -> String.valueOf(((Map<?, ?>) i).get("id")))
                        .toList();
            }
        } catch (RuntimeException e) {
            // an unreadable quiz has no ids to avoid
        }
        return List.of();
    }

    /** The first of q1, q2, ... that the quiz does not use yet. */
    public static String nextItemId(List<String> used) {
        int n = 1;
        while (used.contains("q" + n)) {
            n++;
        }
        return "q" + n;
    }
}
