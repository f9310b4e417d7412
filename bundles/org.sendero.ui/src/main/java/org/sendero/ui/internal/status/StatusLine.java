package org.sendero.ui.internal.status;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.sendero.search.IndexActivity;
import org.sendero.search.LibraryIndex;
import org.sendero.sync.SyncService;
import org.sendero.ui.internal.sync.SyncStatusLabel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The line at the bottom of the window: what Sendero is doing in the background (preparing the
 * library for search after a start or an import), how far it is, and a Cancel button. The window
 * never waits for it; what was indexed before a cancel is kept. At its end, how sending results to
 * the results server goes, where one is set up.
 */
public final class StatusLine {

    /** How long the result stays readable after the work ends. */
    private static final int LINGER_MS = 6000;

    private final LibraryIndex index;
    private final UISynchronize ui;
    private final SyncService sync;
    private Composite line;
    private SyncStatusLabel results;
    private Label message;
    private ProgressBar bar;
    private Button cancel;
    private int generation;

    private final IndexActivity activity = new IndexActivity() {
        @Override
        public void started(int documents) {
            ui.asyncExec(() -> showWork(0, documents));
        }

        @Override
        public void worked(int done, int total) {
            ui.asyncExec(() -> showWork(done, total));
        }

        @Override
        public void finished(int done, boolean cancelled) {
            ui.asyncExec(() -> showEnd(done, cancelled));
        }
    };

    @Inject
    public StatusLine(LibraryIndex index, UISynchronize ui, SyncService sync) {
        this.index = index;
        this.ui = ui;
        this.sync = sync;
    }

    @PostConstruct
    public void create(Composite parent) {
        line = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 2).applyTo(line);
        message = new Label(line, SWT.NONE);
        // as wide as what it says (the trim bar gives a tool control the width it asks for), never narrower than 320
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).minSize(320, SWT.DEFAULT)
                .applyTo(message);
        bar = new ProgressBar(line, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.swtDefaults().hint(160, SWT.DEFAULT).applyTo(bar);
        cancel = new Button(line, SWT.PUSH);
        cancel.setText(Messages.StatusLine_cancel);
        cancel.addListener(SWT.Selection, event -> {
            index.cancelBackgroundUpdate();
            cancel.setEnabled(false);
        });
        results = new SyncStatusLabel(line, sync, ui);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(results.label());
        idle();
        index.addActivityListener(activity);
    }

    /** What the line says about sending results; empty where no results server is set up. */
    public String resultsText() {
        return results.label().getText();
    }

    @PreDestroy
    public void dispose() {
        index.removeActivityListener(activity);
    }

    private void showWork(int done, int total) {
        if (line.isDisposed()) {
            return;
        }
        generation++;
        message.setText(NLS.bind(Messages.StatusLine_indexing, done, total));
        bar.setMaximum(Math.max(1, total));
        bar.setSelection(done);
        bar.setVisible(true);
        cancel.setVisible(true);
        cancel.setEnabled(true);
        line.requestLayout();
    }

    private void showEnd(int done, boolean cancelled) {
        if (line.isDisposed()) {
            return;
        }
        if (done == 0 && !cancelled) {
            // nothing had changed: nothing to tell
            generation++;
            idle();
            line.requestLayout();
            return;
        }
        message.setText(
                cancelled ? NLS.bind(Messages.StatusLine_cancelled, done) : NLS.bind(Messages.StatusLine_done, done));
        bar.setVisible(false);
        cancel.setVisible(false);
        line.requestLayout();
        int shown = ++generation;
        line.getDisplay().timerExec(LINGER_MS, () -> {
            if (!line.isDisposed() && shown == generation) {
                idle();
                line.requestLayout();
            }
        });
    }

    private void idle() {
        message.setText("");
        bar.setVisible(false);
        cancel.setVisible(false);
    }

    /** For tests and accessibility checks: what the line says now. */
    public String messageText() {
        return message.getText();
    }

    /** The whole line, whose preferred size the window's trim gives it. */
    public Control control() {
        return line;
    }

    public Button cancelButton() {
        return cancel;
    }
}
