package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendero.content.internal.yaml.YamlNode;
import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.core.content.Concept;
import org.sendero.core.content.Thesaurus;

/**
 * Reads thesaurus.yaml: concepts with a preferred term and alternative terms in every language of
 * the pack, and their broader concept. Within one language a term names one concept only (compared
 * without case and accents), so that search never widens a query towards two different things.
 */
final class ThesaurusReader {

    static final String FILE = "thesaurus.yaml";

    private final PackReading reading;
    /** language to term key to where the term was first given. */
    private final Map<String, Map<String, TermUse>> terms = new HashMap<>();

    ThesaurusReader(PackReading reading) {
        this.reading = reading;
    }

    /** A term as first given: its concept and its line, for the message about a second use. */
    private record TermUse(String concept, int line) {
    }

    Thesaurus read() {
        if (!reading.files.contains(FILE)) {
            return Thesaurus.empty();
        }
        List<ConceptEntry> read = new ArrayList<>();
        reading.yamlFile(FILE, FILE).ifPresent(file -> {
            file.expect(FILE, Set.of("concepts"), Set.of());
            Map<String, YamlNode> ids = new HashMap<>();
            file.get("concepts").flatMap(node -> node.asList("'concepts'")).ifPresent(items -> {
                for (YamlNode item : items) {
                    item.asMap("a concept").flatMap(concept -> concept(concept, ids)).ifPresent(read::add);
                }
            });
        });
        new BroaderChecks(read).check();
        return Thesaurus.of(read.stream().map(ConceptEntry::concept).toList());
    }

    private Optional<ConceptEntry> concept(YamlMap map, Map<String, YamlNode> ids) {
        Optional<String> id = Fields.id(map, "id", "concept id");
        if (map.get("id").isEmpty()) {
            map.node().error("missing key 'id' in a concept");
        }
        // a top concept has no broader concept: the key left out, empty, null or ~
        Optional<YamlNode> broaderNode = map.get("broader")
                .filter(node -> !node.isNull()
                        && !(node.isScalar() && node.asText("'broader'").orElse("").equals("~")));
        Optional<String> broader = broaderNode.flatMap(node -> node.asText("'broader'"));
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        map.entries().forEach((key, entry) -> {
            if (key.equals("id") || key.equals("broader")) {
                return;
            }
            if (!Vocabulary.LANGUAGE.matcher(key).matches()) {
                entry.key().error("unknown key '" + key + "' in a concept; keys: id, broader and language codes");
            } else {
                reading.languageDeclared(entry.key(), key);
                languageTerms(entry.value(), key, id.orElse("?")).ifPresent(list -> byLanguage.put(key, list));
            }
        });
        for (String language : reading.packLanguages()) {
            if (!map.keys().contains(language)) {
                map.node().error("concept '" + id.orElse("?") + "' has no " + language
                        + " terms; every concept needs a preferred term in each language of the pack ("
                        + String.join(", ", reading.packLanguages()) + ")");
            }
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        YamlNode idNode = map.get("id").orElseThrow();
        YamlNode first = ids.putIfAbsent(id.get(), idNode);
        if (first != null) {
            idNode.error("duplicate concept id '" + id.get() + "' (first at line " + first.line() + ")");
            return Optional.empty();
        }
        return Optional.of(new ConceptEntry(new Concept(id.get(), broader, byLanguage), idNode, broaderNode));
    }

    /** {@code {preferred: ..., alt: [...]}}: the preferred term first, then the alternatives. */
    private Optional<List<String>> languageTerms(YamlNode node, String language, String concept) {
        return node.asMap("the " + language + " terms ({preferred: ..., alt: [...]})").map(map -> {
            map.expect("the " + language + " terms", Set.of("preferred"), Set.of("alt"));
            List<String> list = new ArrayList<>();
            map.get("preferred").ifPresent(term -> term.asText("the preferred " + language + " term")
                    .ifPresent(text -> add(list, term, text, language, concept)));
            map.get("alt").flatMap(alt -> alt.asList("the alternative " + language + " terms")).ifPresent(items -> {
                for (YamlNode term : items) {
                    term.asText("an alternative " + language + " term")
                            .ifPresent(text -> add(list, term, text, language, concept));
                }
            });
            return list;
        });
    }

    private void add(List<String> list, YamlNode node, String term, String language, String concept) {
        String key = Thesaurus.key(term);
        TermUse first = terms.computeIfAbsent(language, k -> new HashMap<>()).putIfAbsent(key,
                new TermUse(concept, node.line()));
        if (first == null) {
            list.add(term);
        } else if (first.concept().equals(concept)) {
            node.error(language + " term '" + term + "' is given twice in concept '" + concept + "' (first at line "
                    + first.line() + ")");
        } else {
            node.error(language + " term '" + term + "' already names concept '" + first.concept() + "' (line "
                    + first.line() + "); a term may name only one concept in a language");
        }
    }
}
