package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sendero.content.internal.yaml.YamlNode;
import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.core.content.LocalizedText;

/** Reading of the value shapes the pack format uses in several files. */
final class Fields {

    private Fields() {
    }

    /** {@code {en: ..., es: ...}}; English is required because it is every reader's fallback. */
    static Optional<LocalizedText> localized(YamlMap map, String key, boolean englishRequired) {
        Optional<YamlNode> value = map.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return value.get().asMap("'" + key + "' (one text per language, e.g. {en: ..., es: ...})").map(texts -> {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            texts.entries().forEach((language, entry) -> {
                if (!Vocabulary.LANGUAGE.matcher(language).matches()) {
                    entry.key().error("'" + language + "' is not a language code such as en, es or fr");
                } else {
                    entry.value().asText("'" + key + "' in " + language)
                            .ifPresent(text -> byLanguage.put(language, text));
                }
            });
            if (englishRequired && !texts.keys().contains(LocalizedText.FALLBACK_LANGUAGE)) {
                texts.node().error("'" + key + "' needs an English text (en), shown when a translation is missing");
            }
            return new LocalizedText(byLanguage);
        });
    }

    /** An id: lowercase letters, digits and single dashes. */
    static Optional<String> id(YamlMap map, String key, String what) {
        return map.get(key).flatMap(node -> node.asText(what).filter(id -> {
            if (!Vocabulary.ID.matcher(id).matches()) {
                node.error(what + " '" + id + "' must be lowercase letters, digits and dashes");
                return false;
            }
            return true;
        }));
    }

    /** A list of language codes. */
    static Optional<List<String>> languages(YamlMap map, String key) {
        return map.get(key).flatMap(node -> node.asList("'" + key + "'").map(items -> {
            List<String> languages = new ArrayList<>();
            for (YamlNode item : items) {
                item.asText("a language").ifPresent(language -> {
                    if (!Vocabulary.LANGUAGE.matcher(language).matches()) {
                        item.error("'" + language + "' is not a language code such as en, es or fr");
                    } else if (languages.contains(language)) {
                        item.error("language '" + language + "' is listed twice");
                    } else {
                        languages.add(language);
                    }
                });
            }
            return languages;
        }));
    }
}
