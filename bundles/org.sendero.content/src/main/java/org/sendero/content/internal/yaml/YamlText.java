package org.sendero.content.internal.yaml;

import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Parses YAML into nodes that remember their line and column, so that every later problem (an
 * unknown key, a missing answer) can point at the exact place.
 */
public final class YamlText {

    /** Pack files are small; a bigger YAML file is a mistake or an attack. */
    private static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    /**
     * Lists and mappings inside each other, deeper than any pack file needs. Building the tree
     * recurses once per level, so a few thousand '[' would exhaust the stack.
     */
    public static final int MAX_NESTING = 64;

    private YamlText() {
    }

    /** The root node, or empty after reporting a syntax error at its real line and column. */
    public static Optional<YamlNode> parse(String text, FileProblems problems) {
        LoadSettings settings = settings(problems.path());
        try {
            Optional<Place> tooDeep = tooDeep(text, settings);
            if (tooDeep.isPresent()) {
                problems.error(tooDeep.get().line(), tooDeep.get().column(),
                        "lists and mappings nested deeper than " + MAX_NESTING + " levels");
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.error(1, 1, "the file is empty");
                return Optional.empty();
            }
            if (usesAnchors(root.get(), java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
                    problems)) {
                return Optional.empty();
            }
            return Optional.of(new YamlNode(root.get(), problems));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(1);
            int column = mark.map(m -> m.getColumn() + 1).orElse(1);
            problems.error(line, column, "YAML syntax: " + describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(1, 1, "YAML: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Whether {@code text} is YAML that can be built into a tree: false when it nests too deep. */
    public static boolean withinLimits(String text) {
        try {
            return tooDeep(text, settings("")).isEmpty();
        } catch (YamlEngineException e) {
            return true; // not too deep as far as it is YAML; the loader reports the syntax error
        }
    }

    private static LoadSettings settings(String label) {
        return LoadSettings.builder().setLabel(label).setCodePointLimit(MAX_CODE_POINTS).setMaxAliasesForCollections(0)
                .build();
    }

    /**
     * Where the first collection deeper than {@link #MAX_NESTING} starts. The event parser keeps
     * its own stack instead of recursing, so it can count the levels of any input; it stops at the
     * first one too many.
     */
    private static Optional<Place> tooDeep(String text, LoadSettings settings) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            if (event instanceof CollectionStartEvent && ++depth > MAX_NESTING) {
                return Optional.of(event.getStartMark().map(m -> new Place(m.getLine() + 1, m.getColumn() + 1))
                        .orElse(new Place(1, 1)));
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return Optional.empty();
    }

    /**
     * Anchors and aliases are refused: pack files do not need them, and an alias can make a node its
     * own child (an endless tree) or multiply a small file into a huge one.
     */
    private static boolean usesAnchors(Node node, java.util.Set<Node> seen, FileProblems problems) {
        if (!seen.add(node) || node.getAnchor().isPresent()) {
            int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
            int column = node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
            problems.error(line, column, "YAML anchors and aliases (& and *) are not allowed in a pack");
            return true;
        }
        java.util.List<Node> children = new java.util.ArrayList<>();
        if (node instanceof org.snakeyaml.engine.v2.nodes.MappingNode mapping) {
            mapping.getValue().forEach(tuple -> {
                children.add(tuple.getKeyNode());
                children.add(tuple.getValueNode());
            });
        } else if (node instanceof org.snakeyaml.engine.v2.nodes.SequenceNode sequence) {
            children.addAll(sequence.getValue());
        }
        for (Node child : children) {
            if (usesAnchors(child, seen, problems)) {
                return true;
            }
        }
        return false;
    }

    /** A 1-based line and column. */
    private record Place(int line, int column) {
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = context.isEmpty() ? problem : context + ": " + problem;
        return firstLine(text.isBlank() ? e.getClass().getSimpleName() : text);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
