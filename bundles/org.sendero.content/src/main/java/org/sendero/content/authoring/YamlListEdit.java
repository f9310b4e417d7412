package org.sendero.content.authoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.sendero.content.ContentException;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Adds to a YAML file the trainer may have written by hand, as a text edit: comments, key order and
 * the list's own style (block or [flow]) stay as they were. Every edit is read back and compared,
 * so a file the edit would break is refused instead of written.
 */
final class YamlListEdit {

    private static final int NO_WRAP = 100_000;

    private YamlListEdit() {
    }

    /** {@code text} with {@code entry} (a string or a map of plain values) added at the end of the top-level list {@code key}. */
    static String append(String text, String key, Object entry, String path) throws ContentException {
        SequenceNode list = list(root(text, path), key, path);
        String edited;
        if (list.getFlowStyle() == FlowStyle.FLOW) {
            int close = text.lastIndexOf(']', offset(text, end(list, path)) - 1);
            if (close < 0) {
                throw ContentException.of(path, "cannot find the end of the list '" + key + "'");
            }
            String separator = list.getValue().isEmpty() ? "" : ", ";
            edited = text.substring(0, close) + separator + flow(entry) + text.substring(close);
        } else {
            List<Node> items = list.getValue();
            Mark first = start(items.get(0), path);
            String firstLine = lineAt(text, offset(text, first) - first.getColumn());
            int dash = firstLine.lastIndexOf('-', first.getColumn());
            String indent = " ".repeat(Math.max(0, dash));
            int insertAt = lineEndAfter(text, offset(text, lastContentEnd(items.get(items.size() - 1), path)));
            String before = text.substring(0, insertAt);
            if (!before.endsWith("\n")) {
                before += "\n";
            }
            edited = before + block(entry, indent) + text.substring(insertAt);
        }
        checkAppended(edited, key, entry, path);
        return edited;
    }

    /** {@code text} with a new top-level {@code key: value} at its end; the key must not be there yet. */
    static String addKey(String text, String key, Object value, String path) throws ContentException {
        if (tuple(root(text, path), key).isPresent()) {
            throw ContentException.of(path, "already has '" + key + "'");
        }
        String edited = (text.isEmpty() || text.endsWith("\n") ? text : text + "\n") + key + ": " + flow(value) + "\n";
        Object loaded = load(edited, path);
        if (!(loaded instanceof Map<?, ?> map) || !value.equals(map.get(key))) {
            throw ContentException.of(path,
                    "cannot add '" + key + "' without changing the file's meaning; add it by hand");
        }
        return edited;
    }

    private static MappingNode root(String text, String path) throws ContentException {
        try {
            Optional<Node> root = new Compose(LoadSettings.builder().setLabel(path).build()).composeString(text);
            if (root.isPresent() && root.get() instanceof MappingNode mapping) {
                return mapping;
            }
        } catch (YamlEngineException e) {
            throw ContentException.of(path, "cannot be read as YAML; correct it first: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        throw ContentException.of(path, "is not a YAML map of keys");
    }

    private static Optional<NodeTuple> tuple(MappingNode root, String key) {
        return root.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)).findFirst();
    }

    private static SequenceNode list(MappingNode root, String key, String path) throws ContentException {
        NodeTuple found = tuple(root, key).orElseThrow(() -> ContentException.of(path, "has no '" + key + "' list"));
        if (found.getValueNode() instanceof SequenceNode sequence) {
            return sequence;
        }
        int line = found.getValueNode().getStartMark().map(m -> m.getLine() + 1).orElse(1);
        throw new ContentException(org.sendero.content.Problem.error(path, line, 1,
                "'" + key + "' is not a list; write it as [ ... ] or as lines starting with '- '"));
    }

    /** Where the last item's text ends: inside a block map, after its last value, not after the comments that follow. */
    private static Mark lastContentEnd(Node node, String path) throws ContentException {
        if (node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.FLOW) {
            return end(node, path);
        }
        if (node instanceof MappingNode mapping && !mapping.getValue().isEmpty()) {
            return lastContentEnd(mapping.getValue().get(mapping.getValue().size() - 1).getValueNode(), path);
        }
        if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
            return lastContentEnd(sequence.getValue().get(sequence.getValue().size() - 1), path);
        }
        return end(node, path);
    }

    private static Mark start(Node node, String path) throws ContentException {
        return node.getStartMark().orElseThrow(() -> ContentException.of(path, "the YAML parser gave no position"));
    }

    private static Mark end(Node node, String path) throws ContentException {
        return node.getEndMark().orElseThrow(() -> ContentException.of(path, "the YAML parser gave no position"));
    }

    /** The parser counts code points; Java strings count UTF-16 units. */
    private static int offset(String text, Mark mark) {
        return text.offsetByCodePoints(0, Math.min(mark.getIndex(), text.codePointCount(0, text.length())));
    }

    private static String lineAt(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        return text.substring(lineStart, end < 0 ? text.length() : end);
    }

    /** The start of the line after {@code offset}, or {@code offset} itself when it starts a line. */
    private static int lineEndAfter(String text, int offset) {
        if (offset == 0 || text.charAt(offset - 1) == '\n') {
            return offset;
        }
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline + 1;
    }

    private static String flow(Object value) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.FLOW).setWidth(NO_WRAP).build();
        return new Dump(settings).dumpToString(value).stripTrailing();
    }

    /** The entry as one block list item, every line indented like the list's other items. */
    static String block(Object entry, String indent) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120).setIndent(2)
                .setIndicatorIndent(0).build();
        String dumped = new Dump(settings).dumpToString(List.of(entry));
        StringBuilder out = new StringBuilder();
        dumped.lines().forEach(line -> out.append(line.isEmpty() ? "" : indent).append(line).append('\n'));
        return out.toString();
    }

    private static Object load(String text, String path) throws ContentException {
        try {
            return new Load(LoadSettings.builder().setLabel(path).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw ContentException.of(path, "the edit would break the file; add the entry by hand");
        }
    }

    private static void checkAppended(String edited, String key, Object entry, String path) throws ContentException {
        Object loaded = load(edited, path);
        if (loaded instanceof Map<?, ?> map && map.get(key) instanceof List<?> list && !list.isEmpty()
                && Objects.equals(list.get(list.size() - 1), entry)) {
            return;
        }
        throw ContentException.of(path,
                "cannot add to '" + key + "' without changing the file's meaning; add it by hand");
    }
}
