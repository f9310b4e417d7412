package org.sendero.authoring.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks for a pack folder, starting where the open pack is. */
public final class PackFolderChooser {

    private PackFolderChooser() {
    }

    public static Optional<Path> choose(Shell shell, OpenPack pack) {
        DirectoryDialog dialog = new DirectoryDialog(shell, SWT.OPEN);
        dialog.setText(Messages.PackTree_dialogTitle);
        dialog.setMessage(Messages.PackTree_dialogMessage);
        pack.folder().ifPresent(folder -> dialog.setFilterPath(folder.toString()));
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }
}
