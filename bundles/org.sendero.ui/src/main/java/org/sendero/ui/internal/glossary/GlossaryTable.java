package org.sendero.ui.internal.glossary;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.ui.accessibility.AccessibleNames;

/**
 * The glossary as a table: one row per term, its forms in English, Spanish and French (the
 * preferred one first), and the false friends flagged in a column of their own. The rows are in
 * the alphabetical order of the user's language and narrowed by the filter box.
 */
final class GlossaryTable {

    static final List<String> LANGUAGES = List.of("en", "es", "fr");
    private static final String SEPARATOR = " \u00b7 ";

    private final TableViewer viewer;
    private TermFilter filter = TermFilter.of("");

    GlossaryTable(Composite parent, String userLanguage) {
        Composite area = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        area.setLayout(columns);
        viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        AccessibleNames.name(table, Messages.GlossaryPart_terms);
        for (String language : LANGUAGES) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(GlossaryMarker.nameOf(language));
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return forms((GlossaryTerm) element, language);
                }
            });
            columns.setColumnData(column.getColumn(), new ColumnWeightData(30, 120));
        }
        TableViewerColumn caution = new TableViewerColumn(viewer, SWT.LEFT);
        caution.getColumn().setText(Messages.GlossaryPart_caution);
        caution.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return FalseFriends.flagged((GlossaryTerm) element) ? Messages.GlossaryPart_falseFriend : "";
            }
        });
        columns.setColumnData(caution.getColumn(), new ColumnWeightData(10, 90));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Collator collator = Collator.getInstance(Locale.forLanguageTag(userLanguage));
        String sortLanguage = LANGUAGES.contains(userLanguage) ? userLanguage : "en";
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer shown, Object a, Object b) {
                return collator.compare(forms((GlossaryTerm) a, sortLanguage), forms((GlossaryTerm) b, sortLanguage));
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer shown, Object parentElement, Object element) {
                return filter.matches((GlossaryTerm) element);
            }
        });
    }

    /** Every form of {@code term} in {@code language}, the preferred one first. */
    static String forms(GlossaryTerm term, String language) {
        return String.join(SEPARATOR, term.terms().getOrDefault(language, List.of()));
    }

    Composite control() {
        return viewer.getTable().getParent();
    }

    TableViewer viewer() {
        return viewer;
    }

    void show(List<GlossaryTerm> terms) {
        viewer.setInput(terms);
    }

    void filter(TermFilter typed) {
        filter = typed;
        viewer.refresh();
    }

    /** The terms the table lists now, in their order. */
    List<GlossaryTerm> shown() {
        return java.util.Arrays.stream(viewer.getTable().getItems()).map(item -> (GlossaryTerm) item.getData())
                .toList();
    }

    java.util.Optional<GlossaryTerm> selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof GlossaryTerm term
                ? java.util.Optional.of(term) : java.util.Optional.empty();
    }
}
