package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.sendero.content.internal.yaml.YamlNode;
import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.LocalizedText;

/** Reads glossary.yaml: the pack's terms, each with its words per language. */
final class GlossaryReader {

    private final PackReading reading;

    GlossaryReader(PackReading reading) {
        this.reading = reading;
    }

    List<GlossaryTerm> read() {
        if (!reading.files.contains(PackReader.GLOSSARY_FILE)) {
            return List.of();
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        reading.yamlFile(PackReader.GLOSSARY_FILE, "glossary.yaml").ifPresent(glossary -> {
            glossary.expect("glossary.yaml", Set.of("terms"), Set.of());
            Set<String> ids = new LinkedHashSet<>();
            glossary.get("terms").flatMap(node -> node.asList("'terms'")).ifPresent(items -> {
                for (YamlNode item : items) {
                    item.asMap("a glossary term").ifPresent(term -> term(term, ids).ifPresent(terms::add));
                }
            });
        });
        return terms;
    }

    /** @param ids the term ids read so far, to refuse a second term with one of them */
    private Optional<GlossaryTerm> term(YamlMap term, Set<String> ids) {
        Optional<String> id = Fields.id(term, "id", "term id");
        if (term.get("id").isEmpty()) {
            term.node().error("missing key 'id' in a glossary term");
        }
        Map<String, List<String>> byLanguage = new TreeMap<>();
        term.entries().forEach((key, entry) -> {
            if (key.equals("id") || key.equals("note")) {
                return;
            }
            if (!Vocabulary.LANGUAGE.matcher(key).matches()) {
                entry.key().error("unknown key '" + key + "' in a glossary term; keys: id, note and language codes");
            } else {
                reading.languageDeclared(entry.key(), key);
                entry.value().asTextList("the " + key + " terms").ifPresent(list -> byLanguage.put(key, list));
            }
        });
        LocalizedText note = Fields.localized(term, "note", false).orElse(LocalizedText.empty());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (!ids.add(id.get())) {
            term.get("id").get().error("duplicate glossary term id '" + id.get() + "'");
            return Optional.empty();
        }
        return Optional.of(new GlossaryTerm(id.get(), byLanguage, note));
    }
}
