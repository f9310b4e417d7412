package org.sendero.ui.internal.parts;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.sendero.core.content.Section;

/**
 * The reader's table of contents: the sections of the document shown, beside it in the sash, as
 * wide as its longest title allows.
 */
final class ContentsList {

    private final SashForm sash;
    /** The list and, under it, what goes with it (related guidance). */
    private final org.eclipse.swt.widgets.Composite column;
    private final org.eclipse.swt.widgets.List list;
    private List<Section> sections = List.of();

    /**
     * Makes the list as the first column of {@code sash}.
     *
     * @param onChoose goes to the section chosen
     */
    ContentsList(SashForm sash, Consumer<Section> onChoose) {
        this.sash = sash;
        column = new org.eclipse.swt.widgets.Composite(sash, SWT.NONE);
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().applyTo(column);
        list = new org.eclipse.swt.widgets.List(column, SWT.SINGLE | SWT.V_SCROLL);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
        list.addListener(SWT.Selection, event -> choose(list.getSelectionIndex(), onChoose));
        list.addListener(SWT.DefaultSelection, event -> choose(list.getSelectionIndex(), onChoose));
        // a title cut by a narrow column is shown whole under the pointer
        list.addListener(SWT.MouseMove, event -> {
            int index = list.getTopIndex() + event.y / Math.max(1, list.getItemHeight());
            String title = index < list.getItemCount() ? list.getItem(index) : null;
            if (!Objects.equals(title, list.getToolTipText())) {
                list.setToolTipText(title);
            }
        });
    }

    private void choose(int index, Consumer<Section> onChoose) {
        if (index >= 0 && index < sections.size()) {
            onChoose.accept(sections.get(index));
        }
    }

    /** Lists the sections of a document that a reader goes to: those under the title, with an anchor. */
    void show(List<Section> all) {
        sections = all.stream().filter(section -> section.level() >= 2 && !section.anchor().isEmpty()).toList();
        list.setItems(sections.stream().map(Section::title).toArray(String[]::new));
    }

    /**
     * Widens the table of contents to its longest title, up to a third of the reader; it never
     * narrows it, so a column the learner widened stays as wide.
     */
    void fitColumn() {
        if (sash.isDisposed()) {
            return;
        }
        int total = sash.getClientArea().width;
        if (total <= 0 || list.getItemCount() == 0) {
            return;
        }
        int wanted = Math.min(list.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, total / 3);
        if (wanted > column.getSize().x) {
            sash.setWeights(wanted, Math.max(1, total - wanted));
        }
    }

    org.eclipse.swt.widgets.List control() {
        return list;
    }

    /** The column under the list, for what goes with the table of contents. */
    org.eclipse.swt.widgets.Composite column() {
        return column;
    }
}
