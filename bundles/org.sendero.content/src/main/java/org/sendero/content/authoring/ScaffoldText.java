package org.sendero.content.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendero.core.content.LocalizedText;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** The text of the files a new part of a pack starts with: its YAML and its Markdown front matter. */
final class ScaffoldText {

    private ScaffoldText() {
    }

    static Map<String, String> texts(LocalizedText text) {
        Map<String, String> map = new LinkedHashMap<>();
        englishFirst(text).forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    /** The non-blank texts, English first: the order readers of the files expect. */
    static List<Map.Entry<String, String>> englishFirst(LocalizedText text) {
        return text.byLanguage().entrySet().stream().filter(e -> !e.getValue().isBlank())
                .sorted(Map.Entry
                        .<String, String>comparingByKey((a, b) -> a.equals(LocalizedText.FALLBACK_LANGUAGE) ? -1
                                : b.equals(LocalizedText.FALLBACK_LANGUAGE) ? 1 : a.compareTo(b)))
                .map(e -> Map.entry(e.getKey(), e.getValue().strip())).toList();
    }

    static void putIfAny(Map<String, Object> yaml, String key, Map<String, ?> value) {
        if (!value.isEmpty()) {
            yaml.put(key, value);
        }
    }

    static String yaml(Map<String, Object> map) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120).setIndent(2)
                .setIndicatorIndent(2).setIndentWithIndicator(true).build();
        return new Dump(settings).dumpToString(map);
    }

    /** Front matter and the document's title as its one heading; the trainer writes the rest. */
    static String markdown(Map<String, Object> front, String title) {
        return "---\n" + yaml(front) + "---\n# " + title + "\n\n";
    }
}
