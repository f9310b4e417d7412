package org.sendero.ui.internal.search;

import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.sendero.search.SearchHit;
import org.sendero.ui.accessibility.AccessibleNames;

/**
 * The results as a list a person can move through with the arrows: each row shows the document's
 * title and the section, the breadcrumb, and the first passage with the matching words in bold.
 * The rows are drawn with a text layout because a plain table cell cannot mix bold and regular
 * text; their height follows the font, so a larger font still shows all three lines.
 */
public final class ResultTable {

    private static final int LINES = 3;
    private static final int PADDING = 4;

    private final Table table;
    private final Font bold;
    private final UnaryOperator<String> words;

    /** @param words the name of a topic or document type key in the user's language, for the breadcrumb */
    public ResultTable(Composite parent, UnaryOperator<String> words) {
        this.words = words;
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        bold = FontDescriptor.createFrom(table.getFont()).setStyle(SWT.BOLD).createFont(table.getDisplay());
        table.addListener(SWT.Dispose, event -> bold.dispose());
        table.addListener(SWT.MeasureItem, this::measure);
        table.addListener(SWT.EraseItem, event -> event.detail &= ~SWT.FOREGROUND);
        table.addListener(SWT.PaintItem, this::paint);
        table.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                if (event.childID >= 0 && event.childID < table.getItemCount()) {
                    // a screen reader reads the row as one sentence: title, place, passage
                    event.result = row(table.getItem(event.childID)).text().replace('\n', ' ');
                } else {
                    event.result = AccessibleNames.spoken(Messages.SearchPart_results);
                }
            }
        });
    }

    public Table table() {
        return table;
    }

    public void show(List<SearchHit> hits) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (SearchHit hit : hits) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(hit);
                // the plain text serves accessibility and type-to-find in the table
                item.setText(hit.title());
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** The hit of the selected row, if any. */
    public java.util.Optional<SearchHit> selected() {
        int index = table.getSelectionIndex();
        return index < 0 ? java.util.Optional.empty()
                : java.util.Optional.of((SearchHit) table.getItem(index).getData());
    }

    /** What a row shows: the title line, the breadcrumb line, and the first passage with its marks. */
    public MarkedText row(TableItem item) {
        return row((SearchHit) item.getData());
    }

    MarkedText row(SearchHit hit) {
        String title = hit.sectionTitle() == null || hit.sectionTitle().isBlank()
                || hit.sectionTitle().equals(hit.title())
                        ? hit.title()
                        : hit.title() + " \u203a " + hit.sectionTitle();
        String place = String.join(" \u203a ", breadcrumb(hit));
        MarkedText passage = hit.snippets().isEmpty() ? new MarkedText("", List.of())
                : MarkedText.parse(hit.snippets().get(0));
        String head = title + "\n" + place + "\n";
        List<MarkedText.Mark> marks = new java.util.ArrayList<>();
        marks.add(new MarkedText.Mark(0, title.length()));
        passage.marks().forEach(mark -> marks.add(new MarkedText.Mark(head.length() + mark.start(), mark.length())));
        return new MarkedText(head + passage.text().replace('\n', ' '), marks);
    }

    /** A guidance document's breadcrumb ends with its type's key ("legal"): show the type's name. */
    private List<String> breadcrumb(SearchHit hit) {
        List<String> crumbs = new java.util.ArrayList<>(hit.breadcrumb());
        if ("guidance".equals(hit.kind()) && crumbs.size() == 2) {
            crumbs.set(1, words.apply("doctype." + crumbs.get(1)));
        }
        return crumbs;
    }

    private void measure(Event event) {
        int lineHeight = event.gc.getFontMetrics().getHeight();
        event.height = LINES * lineHeight + 2 * PADDING;
        event.width = table.getClientArea().width;
    }

    private void paint(Event event) {
        TableItem item = (TableItem) event.item;
        MarkedText row = row(item);
        boolean selected = (event.detail & SWT.SELECTED) != 0;
        TextLayout layout = new TextLayout(table.getDisplay());
        try {
            layout.setText(row.text());
            layout.setFont(table.getFont());
            int firstBreak = row.text().indexOf('\n');
            int secondBreak = row.text().indexOf('\n', firstBreak + 1);
            Color quiet = selected ? null : table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW);
            layout.setStyle(new TextStyle(null, quiet, null), firstBreak + 1, secondBreak - 1);
            for (MarkedText.Mark mark : row.marks()) {
                layout.setStyle(new TextStyle(bold, null, null), mark.start(), mark.end() - 1);
            }
            layout.draw(event.gc, event.x + PADDING, event.y + PADDING);
        } finally {
            layout.dispose();
        }
    }
}
