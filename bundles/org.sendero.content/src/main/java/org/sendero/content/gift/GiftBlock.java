package org.sendero.content.gift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One question's lines of a GIFT file, with the {@code //sendero:} markers written just above it,
 * and the line and column of a place in them for problems.
 */
record GiftBlock(int firstLine, String text, Map<String, String> markers) {

    static List<GiftBlock> split(String text) {
        List<GiftBlock> blocks = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder current = null;
        int first = 0;
        Map<String, String> markers = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                if (trimmed.startsWith(GiftReader.MARKER)) {
                    String marker = trimmed.substring(GiftReader.MARKER.length());
                    int space = marker.indexOf(' ');
                    markers.put(space < 0 ? marker : marker.substring(0, space),
                            space < 0 ? "" : marker.substring(space + 1).strip());
                }
                if (current != null) {
                    current.append('\n');
                }
                continue;
            }
            // as in Moodle, a blank line always ends a question, so one unclosed brace cannot swallow the rest
            if (trimmed.isEmpty()) {
                if (current != null) {
                    blocks.add(new GiftBlock(first, current.toString(), markers));
                    markers = new LinkedHashMap<>();
                    current = null;
                }
                continue;
            }
            if (current == null) {
                current = new StringBuilder();
                first = i + 1;
            } else {
                current.append('\n');
            }
            current.append(line);
        }
        if (current != null) {
            blocks.add(new GiftBlock(first, current.toString(), markers));
        }
        return blocks;
    }

    int line(int index) {
        int line = firstLine;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    int column(int index) {
        int lastNewline = text.lastIndexOf('\n', Math.max(0, index - 1));
        return index - lastNewline;
    }
}
