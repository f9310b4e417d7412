package org.sendero.content.internal.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sendero.content.internal.library.LineStripper.Line;

/**
 * Cuts a PDF without bookmarks into sections at its headings: lines set clearly larger than the
 * body text (the size most of its letters have), short, and with letters in them. A file with
 * fewer than two such lines has no usable headings, and is cut one section a page instead.
 */
final class HeadingOutline {

    /** A heading's letters are at least this much larger than the body's. */
    static final float HEADING_RATIO = 1.15f;
    private static final int MAX_HEADING_CHARS = 120;

    /** A section of the file: its title, the page it starts on and its text. */
    record Section(String title, int page, String text) {
    }

    private HeadingOutline() {
    }

    /** Sections at the headings, or empty when the file has fewer than two. */
    static List<Section> atHeadings(List<Line> lines) {
        float body = bodySize(lines);
        List<Section> sections = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String title = null;
        int page = lines.isEmpty() ? 1 : lines.get(0).page();
        int headings = 0;
        boolean previousWasHeading = false;
        for (Line line : lines) {
            if (isHeading(line, body)) {
                if (previousWasHeading && text.isEmpty()) {
                    // a heading set on two lines
                    title = title + " " + line.text();
                    continue;
                }
                if (title != null || !text.toString().isBlank()) {
                    sections.add(new Section(title == null ? "Page " + page : title, page, text.toString()));
                }
                title = line.text();
                page = line.page();
                text.setLength(0);
                headings++;
                previousWasHeading = true;
            } else {
                text.append(line.text()).append('\n');
                previousWasHeading = false;
            }
        }
        if (headings < 2) {
            return List.of();
        }
        sections.add(new Section(title, page, text.toString()));
        return sections;
    }

    /** One section a page, for a file without bookmarks or headings. */
    static List<Section> byPage(List<Line> lines, int pages) {
        Map<Integer, StringBuilder> texts = new TreeMap<>();
        for (int page = 1; page <= pages; page++) {
            texts.put(page, new StringBuilder());
        }
        lines.forEach(line -> texts.computeIfAbsent(line.page(), p -> new StringBuilder()).append(line.text())
                .append('\n'));
        return texts.entrySet().stream()
                .map(entry -> new Section("Page " + entry.getKey(), entry.getKey(), entry.getValue().toString()))
                .toList();
    }

    private static boolean isHeading(Line line, float body) {
        String text = line.text();
        return body > 0 && line.size() >= body * HEADING_RATIO && text.length() <= MAX_HEADING_CHARS
                && text.codePoints().anyMatch(Character::isLetter);
    }

    /** The size that most letters are set in, to the half point. */
    static float bodySize(List<Line> lines) {
        Map<Float, Integer> letters = new HashMap<>();
        for (Line line : lines) {
            letters.merge(Math.round(line.size() * 2) / 2f, line.text().length(), Integer::sum);
        }
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }
}
