package org.sendero.ui.internal.sync;

import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sendero.sync.StatusText;
import org.sendero.sync.SyncService;
import org.sendero.sync.SyncStatus;

/**
 * The status line's word on sending results: "12 results waiting to be sent", "All results sent at
 * 14:02", or the last problem. An office with no results server set up sees nothing, since nothing
 * is meant to leave its computers.
 */
public final class SyncStatusLabel {

    private final Label label;
    private final SyncService sync;
    private final StatusText words = new StatusText(Locale.getDefault(), ZoneId.systemDefault());
    private final Consumer<SyncStatus> listener;

    public SyncStatusLabel(Composite parent, SyncService sync, UISynchronize ui) {
        this.sync = sync;
        label = new Label(parent, SWT.NONE);
        listener = status -> ui.asyncExec(() -> show(status));
        sync.addListener(listener);
        label.addListener(SWT.Dispose, event -> sync.removeListener(listener));
        show(sync.status());
        sync.refresh();
    }

    private void show(SyncStatus status) {
        if (label.isDisposed()) {
            return;
        }
        boolean shown = status.configured();
        String line = shown ? words.line(status) : "";
        if (!line.equals(label.getText()) || label.getVisible() != shown) {
            label.setText(line.replace("&", "&&"));
            label.setToolTipText(status.problem().map(words::problem).orElse(null));
            label.setVisible(shown);
            label.requestLayout();
        }
    }

    public Label label() {
        return label;
    }
}
