package org.sendero.content.internal.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML node with its position and the problems of its file. Each accessor reports what is wrong
 * (wrong type, out of range) where it is, and returns empty so that the caller can go on.
 */
public final class YamlNode {

    private final Node node;
    private final FileProblems problems;

    YamlNode(Node node, FileProblems problems) {
        this.node = node;
        this.problems = problems;
    }

    public int line() {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
    }

    public int column() {
        return node.getStartMark().map(mark -> mark.getColumn() + 1).orElse(1);
    }

    public void error(String message) {
        problems.error(line(), column(), message);
    }

    public void warning(String message) {
        problems.warning(line(), column(), message);
    }

    public FileProblems problems() {
        return problems;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isNull() {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /** The mapping's entries by key, in file order; reports duplicate keys and non-scalar keys. */
    public Optional<YamlMap> asMap(String what) {
        if (!(node instanceof MappingNode mapping)) {
            error(what + " must be a mapping of keys to values");
            return Optional.empty();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(tuple.getKeyNode(), problems);
            if (!(tuple.getKeyNode() instanceof ScalarNode scalarKey)) {
                key.error("a key must be a plain word");
                continue;
            }
            String name = scalarKey.getValue();
            if (entries.containsKey(name)) {
                key.error("duplicate key '" + name + "' (first at line " + entries.get(name).key().line() + ")");
                continue;
            }
            entries.put(name, new Entry(key, new YamlNode(tuple.getValueNode(), problems)));
        }
        return Optional.of(new YamlMap(this, entries));
    }

    /** The items of a sequence; a single scalar is not silently taken for a list of one. */
    public Optional<List<YamlNode>> asList(String what) {
        if (!(node instanceof SequenceNode sequence)) {
            error(what + " must be a list");
            return Optional.empty();
        }
        List<YamlNode> items = new ArrayList<>();
        sequence.getValue().forEach(item -> items.add(new YamlNode(item, problems)));
        return Optional.of(items);
    }

    /** A scalar as text; numbers and booleans are accepted as their written form. */
    public Optional<String> asText(String what) {
        if (!(node instanceof ScalarNode scalar) || isNull()) {
            error(what + " must be a text");
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            error(what + " is empty");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public OptionalInt asInt(String what, int min, int max) {
        if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.INT)) {
            error(what + " must be a whole number");
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(scalar.getValue().strip());
            if (value < min || value > max) {
                error(what + " must be between " + min + " and " + max + ", not " + value);
                return OptionalInt.empty();
            }
            return OptionalInt.of(value);
        } catch (NumberFormatException e) {
            error(what + " must be between " + min + " and " + max + ", not " + scalar.getValue());
            return OptionalInt.empty();
        }
    }

    public OptionalDouble asNumber(String what) {
        if (!(node instanceof ScalarNode scalar)
                || !(scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            error(what + " must be a number");
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(scalar.getValue().strip());
            if (!Double.isFinite(value)) {
                error(what + " must be a finite number");
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(value);
        } catch (NumberFormatException e) {
            error(what + " must be a number, not " + scalar.getValue());
            return OptionalDouble.empty();
        }
    }

    public Optional<Boolean> asBoolean(String what) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().strip().toLowerCase(java.util.Locale.ROOT)));
        }
        error(what + " must be true or false");
        return Optional.empty();
    }

    /** A list of texts, e.g. {@code [en, es]}; reports each item that is not a text. */
    public Optional<List<String>> asTextList(String what) {
        return asList(what).map(items -> {
            List<String> texts = new ArrayList<>();
            for (YamlNode item : items) {
                item.asText("each entry of " + what).ifPresent(texts::add);
            }
            return texts;
        });
    }

    /** One key and its value. */
    public record Entry(YamlNode key, YamlNode value) {
    }

    /** A mapping: checks its keys against what the format allows and requires. */
    public static final class YamlMap {

        private final YamlNode self;
        private final Map<String, Entry> entries;

        YamlMap(YamlNode self, Map<String, Entry> entries) {
            this.self = self;
            this.entries = entries;
        }

        public YamlNode node() {
            return self;
        }

        public Set<String> keys() {
            return entries.keySet();
        }

        public Map<String, Entry> entries() {
            return entries;
        }

        /** Reports unknown keys (usually typos) and missing required keys. */
        public YamlMap expect(String what, Set<String> required, Set<String> optional) {
            entries.forEach((key, entry) -> {
                if (!required.contains(key) && !optional.contains(key)) {
                    entry.key().error("unknown key '" + key + "' in " + what + "; known keys: "
                            + String.join(", ", sorted(required, optional)));
                }
            });
            for (String key : sorted(required, Set.of())) {
                if (!entries.containsKey(key)) {
                    self.error("missing key '" + key + "' in " + what);
                }
            }
            return this;
        }

        private static List<String> sorted(Set<String> a, Set<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            all.sort(null);
            return all;
        }

        public Optional<YamlNode> get(String key) {
            return Optional.ofNullable(entries.get(key)).map(Entry::value);
        }

        public Optional<String> text(String key) {
            return get(key).flatMap(value -> value.asText("'" + key + "'"));
        }
    }
}
