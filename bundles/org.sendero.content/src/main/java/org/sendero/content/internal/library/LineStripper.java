package org.sendero.content.internal.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text as lines, each with the page it is on and the size of its letters, so that
 * a file without bookmarks can still be cut into sections at its headings. Charged to the same
 * {@link PdfBudget} as any extraction.
 */
final class LineStripper extends BoundedTextStripper {

    /** One line of text as drawn: its words, its page and its letters' size in points. */
    record Line(String text, int page, float size) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private float largest;

    LineStripper(PdfBudget budget) {
        super(budget);
        setSortByPosition(true);
    }

    /** Every line of the file's pages, in reading order. */
    List<Line> lines(org.apache.pdfbox.pdmodel.PDDocument pdf) throws IOException {
        lines.clear();
        getText(pdf);
        flush();
        return List.copyOf(lines);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        current.append(text);
        for (TextPosition position : positions) {
            largest = Math.max(largest, position.getFontSizeInPt());
        }
    }

    @Override
    protected void writeWordSeparator() throws IOException {
        current.append(' ');
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        flush();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        flush();
        super.endPage(page);
    }

    private void flush() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            lines.add(new Line(text, getCurrentPageNo(), largest));
        }
        current.setLength(0);
        largest = 0;
    }
}
