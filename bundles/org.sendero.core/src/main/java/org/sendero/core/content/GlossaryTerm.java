package org.sendero.core.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One concept of the glossary with its terms per language, the preferred term first, so that search
 * can find "trata de personas" for "trafficking".
 */
public record GlossaryTerm(String id, Map<String, List<String>> terms, LocalizedText note) {

    public GlossaryTerm {
        PackInfo.requireText(id, "glossary term id");
        TreeMap<String, List<String>> copy = new TreeMap<>();
        terms.forEach((language, list) -> copy.put(language, List.copyOf(list)));
        terms = java.util.Collections.unmodifiableMap(copy);
        note = note == null ? LocalizedText.empty() : note;
    }
}
