package org.sendero.ui.internal.searchpage;

import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Previous, "Page 2 of 5", Next under the results; hidden while the results fit on one page. */
final class Pager {

    private final Composite row;
    private final Button previous;
    private final Label where;
    private final Button next;
    private int page = 1;

    /** @param onPage runs with the page a person asked for */
    Pager(Composite parent, IntConsumer onPage) {
        row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(0, 2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.CENTER, SWT.CENTER).applyTo(row);
        previous = new Button(row, SWT.PUSH);
        previous.setText(Messages.SearchPage_previous);
        where = new Label(row, SWT.CENTER);
        GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(where);
        next = new Button(row, SWT.PUSH);
        next.setText(Messages.SearchPage_next);
        previous.addListener(SWT.Selection, event -> onPage.accept(page - 1));
        next.addListener(SWT.Selection, event -> onPage.accept(page + 1));
        show(1, 1);
    }

    void show(int shown, int pages) {
        page = shown;
        where.setText(NLS.bind(Messages.SearchPage_pageOf, shown, pages));
        previous.setEnabled(shown > 1);
        next.setEnabled(shown < pages);
        boolean visible = pages > 1;
        row.setVisible(visible);
        ((GridData) row.getLayoutData()).exclude = !visible;
        row.getParent().layout(true, true);
    }

    Button previousButton() {
        return previous;
    }

    Button nextButton() {
        return next;
    }

    String text() {
        return where.getText();
    }
}
