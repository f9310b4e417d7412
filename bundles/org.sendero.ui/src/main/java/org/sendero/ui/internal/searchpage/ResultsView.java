package org.sendero.ui.internal.searchpage;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.sendero.search.SearchHit;
import org.sendero.ui.accessibility.AccessibleNames;

/**
 * The results grouped by document, in one read-only text that wraps to any width and scrolls by
 * itself, so a narrow window never scrolls sideways. Up and Down move the selection from passage to
 * passage (and to the links of the other sections), Enter opens the selected one; a click on a
 * title or a link opens it, a double click opens a passage.
 */
public final class ResultsView {

    private static final int INDENT = 16;

    private final StyledText text;
    private final Font bold;
    private final Color selection;
    private final ResultsText renderer;
    private ResultsText.Rendered shown = new ResultsText.Rendered("", List.of(), List.of(), List.of(), List.of());
    private List<DocumentRow> rows = List.of();
    private int selected = -1;
    private Consumer<SearchHit> onOpen = hit -> {
    };
    private Consumer<SearchHit> onSimilar = hit -> {
    };

    ResultsView(Composite parent, RowWords words) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setMargins(8, 6, 8, 6);
        text.setLineSpacing(2);
        AccessibleNames.name(text, Messages.SearchPage_results);
        bold = FontDescriptor.createFrom(text.getFont()).setStyle(SWT.BOLD).createFont(text.getDisplay());
        text.addListener(SWT.Dispose, event -> bold.dispose());
        var display = text.getDisplay();
        selection = blend(display.getSystemColor(SWT.COLOR_LIST_SELECTION).getRGB(),
                display.getSystemColor(SWT.COLOR_LIST_BACKGROUND).getRGB(), 0.3);
        renderer = new ResultsText(words,
                new ResultsText.Look(bold, display.getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW),
                        display.getSystemColor(SWT.COLOR_LINK_FOREGROUND), new Color(214, 232, 250),
                        new Color(232, 232, 226), new Color(30, 30, 30)));
        text.addVerifyKeyListener(this::key);
        text.addListener(SWT.MouseUp, this::clicked);
        text.addListener(SWT.MouseDoubleClick, event -> itemAt(event.x, event.y).ifPresent(item -> open()));
        text.addListener(SWT.MouseMove, event -> text.setCursor(
                opensOnClick(event.x, event.y) ? display.getSystemCursor(SWT.CURSOR_HAND) : null));
    }

    private static Color blend(RGB front, RGB back, double share) {
        return new Color((int) (front.red * share + back.red * (1 - share)),
                (int) (front.green * share + back.green * (1 - share)),
                (int) (front.blue * share + back.blue * (1 - share)));
    }

    public StyledText text() {
        return text;
    }

    void onOpen(Consumer<SearchHit> listener) {
        this.onOpen = listener;
    }

    /** What "More like this" under a document does with that document's best section. */
    void onSimilar(Consumer<SearchHit> listener) {
        this.onSimilar = listener;
    }

    void show(List<DocumentRow> documents) {
        rows = List.copyOf(documents);
        shown = renderer.render(rows);
        text.setRedraw(false);
        try {
            text.setText(shown.text());
            text.setStyleRanges(shown.styles().toArray(StyleRange[]::new));
            int lines = text.getLineCount();
            text.setLineBackground(0, lines, null);
            for (ResultsText.Item item : shown.items()) {
                if (!isTitle(item)) {
                    int line = text.getLineAtOffset(item.start());
                    text.setLineIndent(line, 1, INDENT);
                    text.setLineWrapIndent(line, 1, INDENT);
                }
            }
            selected = -1;
            select(shown.items().isEmpty() ? -1 : 0);
            text.setTopPixel(0);
        } finally {
            text.setRedraw(true);
        }
    }

    private boolean isTitle(ResultsText.Item item) {
        return shown.titles().stream().anyMatch(title -> title.start() == item.start());
    }

    /** The documents shown, one row each. */
    public List<DocumentRow> rows() {
        return rows;
    }

    /** The text of row {@code row}, from its title to its last link. */
    public String rowText(int row) {
        ResultsText.Span span = shown.rows().get(row);
        return shown.text().substring(span.start(), span.end());
    }

    /** The ranges of the text drawn in bold inside {@code [start, end)}. */
    public List<Point> boldRanges(int start, int end) {
        return java.util.Arrays.stream(text.getStyleRanges(start, end - start))
                .filter(range -> (range.fontStyle & SWT.BOLD) != 0 && range.font == null)
                .map(range -> new Point(range.start, range.start + range.length)).toList();
    }

    /** For tests: opens the "More like this" link of row {@code row}. */
    void openSimilar(int row) {
        for (int i = 0; i < shown.items().size(); i++) {
            if (shown.items().get(i).row() == row && shown.items().get(i).similar()) {
                select(i);
                open();
                return;
            }
        }
    }

    /** The selected passage or link: its row, its section, and its range in the text. */
    public Optional<Selected> selected() {
        if (selected < 0) {
            return Optional.empty();
        }
        ResultsText.Item item = shown.items().get(selected);
        return Optional.of(new Selected(item.row(), item.hit(), item.start(), item.end(), item.link()));
    }

    /** What is selected, for the part and for tests. */
    public record Selected(int row, SearchHit hit, int start, int end, boolean link) {
    }

    /** Selects the first item, as the down arrow from the query box does. */
    void selectFirst() {
        select(shown.items().isEmpty() ? -1 : 0);
    }

    private void key(VerifyEvent event) {
        if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.ARROW_UP) {
            event.doit = false;
            int next = selected + (event.keyCode == SWT.ARROW_DOWN ? 1 : -1);
            if (next >= 0 && next < shown.items().size()) {
                select(next);
            }
        } else if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR || event.character == SWT.CR) {
            event.doit = false;
            open();
        }
    }

    private void select(int index) {
        if (selected >= 0 && selected < shown.items().size()) {
            text.setLineBackground(text.getLineAtOffset(shown.items().get(selected).start()), 1, null);
        }
        selected = index;
        if (index >= 0) {
            ResultsText.Item item = shown.items().get(index);
            int line = text.getLineAtOffset(item.start());
            text.setLineBackground(line, 1, selection);
            // the caret follows, so the text scrolls to the item and a screen reader reads it
            text.setSelection(item.start());
            if (index == 0) {
                // the first passage is under its document's title: show the title too
                text.setTopPixel(0);
            }
        }
    }

    private void open() {
        if (selected >= 0 && shown.items().get(selected).similar()) {
            onSimilar.accept(shown.items().get(selected).hit());
        } else {
            selected().ifPresent(item -> onOpen.accept(item.hit()));
        }
    }

    private Optional<Integer> itemAt(int x, int y) {
        int offset = text.getOffsetAtPoint(new Point(x, y));
        if (offset < 0) {
            return Optional.empty();
        }
        List<ResultsText.Item> items = shown.items();
        for (int i = 0; i < items.size(); i++) {
            if (offset >= items.get(i).start() && offset <= items.get(i).end()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Whether a click at this point opens something: a title or a link. */
    private boolean opensOnClick(int x, int y) {
        int offset = text.getOffsetAtPoint(new Point(x, y));
        return offset >= 0 && (shown.titles().stream().anyMatch(title -> title.contains(offset))
                || itemAt(x, y).map(index -> shown.items().get(index).link()).orElse(false));
    }

    private void clicked(Event event) {
        if (event.button != 1 || text.getSelectionCount() > 0) {
            // a drag selects text to copy, it does not choose a result
            return;
        }
        int offset = text.getOffsetAtPoint(new Point(event.x, event.y));
        if (offset < 0) {
            return;
        }
        for (ResultsText.Span title : shown.titles()) {
            if (title.contains(offset)) {
                onOpen.accept(rows.get(title.row()).best());
                return;
            }
        }
        itemAt(event.x, event.y).ifPresent(index -> {
            select(index);
            if (shown.items().get(index).link()) {
                open();
            }
        });
    }
}
