package org.sendero.ui.internal.feed;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedSettings;

/**
 * Preferences > Office feeds: the folders and https addresses checked for new packs. A change is
 * saved at once, as the command line's {@code sendero feed add|remove} does; a refused address
 * (plain http to another computer, a typo) is said under the list.
 */
public final class FeedsSection {

    private final FeedSettings settings;
    private final List feeds;
    private final Text location;
    private final Button add;
    private final Button remove;
    private final Label problem;

    public FeedsSection(Composite parent, FeedSettings settings) {
        this.settings = settings;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Feeds_section);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        Label help = new Label(group, SWT.WRAP);
        help.setText(Messages.Feeds_help);
        GridDataFactory.fillDefaults().span(3, 1).hint(460, SWT.DEFAULT).applyTo(help);
        feeds = new List(group, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, 60).applyTo(feeds);
        remove = new Button(group, SWT.PUSH);
        remove.setText(Messages.Feeds_remove);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
        location = new Text(group, SWT.BORDER);
        location.setMessage(Messages.Feeds_locationHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
        add = new Button(group, SWT.PUSH);
        add.setText(Messages.Feeds_add);
        Button folder = new Button(group, SWT.PUSH);
        folder.setText(Messages.Feeds_addFolder);
        problem = new Label(group, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).hint(460, SWT.DEFAULT).applyTo(problem);

        add.addListener(SWT.Selection, event -> add(location.getText()));
        location.addListener(SWT.DefaultSelection, event -> add(location.getText()));
        folder.addListener(SWT.Selection, event -> {
            String chosen = new DirectoryDialog(group.getShell()).open();
            if (chosen != null) {
                add(chosen);
            }
        });
        remove.addListener(SWT.Selection, event -> remove());
        feeds.addListener(SWT.Selection, event -> remove.setEnabled(feeds.getSelectionIndex() >= 0));
        refresh();
    }

    private void add(String text) {
        if (text.isBlank()) {
            return;
        }
        try {
            settings.addFeed(text);
            location.setText("");
            problem.setText("");
        } catch (FeedException e) {
            problem.setText(e.getMessage());
        }
        refresh();
    }

    private void remove() {
        int index = feeds.getSelectionIndex();
        if (index < 0) {
            return;
        }
        try {
            settings.removeFeed(feeds.getItem(index));
            problem.setText("");
        } catch (FeedException e) {
            problem.setText(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        try {
            feeds.setItems(settings.feeds().toArray(String[]::new));
        } catch (FeedException e) {
            problem.setText(e.getMessage());
        }
        remove.setEnabled(false);
        problem.requestLayout();
    }

    /** For tests: the controls. */
    public List feedList() {
        return feeds;
    }

    public Text locationText() {
        return location;
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
