package org.sendero.ui.internal.backup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sendero.backup.BackupException;
import org.sendero.backup.Backups;

/**
 * Preferences: a second folder (a memory stick, a shared drive) where the daily backup is also
 * kept, so that the records survive the computer itself. Saved at once, like sendero backup
 * --second-folder.
 */
public final class SecondFolderSection {

    private final Backups backups;
    private Text folder;
    private Label state;

    public SecondFolderSection(Backups backups) {
        this.backups = backups;
    }

    public void create(Composite area) {
        Group group = new Group(area, SWT.NONE);
        group.setText(Messages.Second_title);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
        Label intro = new Label(group, SWT.WRAP);
        intro.setText(Messages.Second_intro);
        GridDataFactory.fillDefaults().span(3, 1).hint(440, SWT.DEFAULT).grab(true, false).applyTo(intro);
        folder = new Text(group, SWT.BORDER);
        folder.setMessage(Messages.Second_none);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(folder);
        Button choose = new Button(group, SWT.PUSH);
        choose.setText(Messages.Second_choose);
        choose.addListener(SWT.Selection, event -> choose());
        Button clear = new Button(group, SWT.PUSH);
        clear.setText(Messages.Second_clear);
        clear.addListener(SWT.Selection, event -> save(Optional.empty()));
        state = new Label(group, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).hint(440, SWT.DEFAULT).grab(true, false).applyTo(state);
        try {
            folder.setText(backups.secondFolder().map(Path::toString).orElse(""));
        } catch (BackupException e) {
            state.setText(e.getMessage());
        }
    }

    private void choose() {
        DirectoryDialog dialog = new DirectoryDialog(folder.getShell());
        dialog.setText(Messages.Second_title);
        String chosen = dialog.open();
        if (chosen != null) {
            choose(chosen);
        }
    }

    /** Keeps the daily backup also in {@code chosen}, as choosing it in the folder dialog does. */
    public void choose(String chosen) {
        try {
            save(Optional.of(Path.of(chosen)));
        } catch (InvalidPathException e) {
            state.setText(e.getMessage());
        }
    }

    private void save(Optional<Path> chosen) {
        try {
            backups.setSecondFolder(chosen);
            folder.setText(chosen.map(Path::toString).orElse(""));
            state.setText(Messages.Second_saved);
        } catch (BackupException e) {
            state.setText(e.getMessage());
        }
        state.requestLayout();
    }

    public Text folderText() {
        return folder;
    }

    public String stateText() {
        return state.getText();
    }
}
