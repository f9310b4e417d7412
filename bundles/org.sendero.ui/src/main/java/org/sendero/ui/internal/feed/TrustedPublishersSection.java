package org.sendero.ui.internal.feed;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedSettings;
import org.sendero.feed.TrustedPublisher;

/**
 * Preferences > Trusted publishers: the keys whose packs may be installed from a feed, by the
 * fingerprint the ministry hands out (as {@code sendero packs} shows a signer). Saved at once.
 */
public final class TrustedPublishersSection {

    private final FeedSettings settings;
    private final List publishers;
    private final Text fingerprint;
    private final Text name;
    private final Button add;
    private final Button remove;
    private final Label problem;
    private java.util.List<TrustedPublisher> shown = java.util.List.of();

    public TrustedPublishersSection(Composite parent, FeedSettings settings) {
        this.settings = settings;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Publishers_section);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        Label help = new Label(group, SWT.WRAP);
        help.setText(Messages.Publishers_help);
        GridDataFactory.fillDefaults().span(3, 1).hint(460, SWT.DEFAULT).applyTo(help);
        publishers = new List(group, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, 60).applyTo(publishers);
        remove = new Button(group, SWT.PUSH);
        remove.setText(Messages.Publishers_remove);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
        fingerprint = new Text(group, SWT.BORDER);
        fingerprint.setMessage(Messages.Publishers_fingerprintHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(fingerprint);
        name = new Text(group, SWT.BORDER);
        name.setMessage(Messages.Publishers_nameHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        add = new Button(group, SWT.PUSH);
        add.setText(Messages.Publishers_add);
        problem = new Label(group, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).hint(460, SWT.DEFAULT).applyTo(problem);

        add.addListener(SWT.Selection, event -> add());
        remove.addListener(SWT.Selection, event -> remove());
        publishers.addListener(SWT.Selection, event -> remove.setEnabled(publishers.getSelectionIndex() >= 0));
        refresh();
    }

    private void add() {
        if (fingerprint.getText().isBlank()) {
            return;
        }
        try {
            settings.trust(fingerprint.getText(), name.getText());
            fingerprint.setText("");
            name.setText("");
            problem.setText("");
        } catch (FeedException e) {
            problem.setText(e.getMessage());
        }
        refresh();
    }

    private void remove() {
        int index = publishers.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        try {
            settings.untrust(shown.get(index).fingerprint());
            problem.setText("");
        } catch (FeedException e) {
            problem.setText(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        try {
            shown = settings.trustedPublishers();
        } catch (FeedException e) {
            problem.setText(e.getMessage());
        }
        publishers.setItems(shown.stream()
                .map(p -> p.name().isEmpty() ? p.fingerprint() : p.fingerprint() + "  \u2014  " + p.name())
                .toArray(String[]::new));
        remove.setEnabled(false);
        problem.requestLayout();
    }

    /** For tests: the controls. */
    public List publisherList() {
        return publishers;
    }

    public Text fingerprintText() {
        return fingerprint;
    }

    public Text nameText() {
        return name;
    }

    public Button addButton() {
        return add;
    }

    public Button removeButton() {
        return remove;
    }

    public String problemText() {
        return problem.getText();
    }
}
