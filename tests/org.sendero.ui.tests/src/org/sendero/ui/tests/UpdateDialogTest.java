package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.ui.internal.update.Messages;
import org.sendero.ui.internal.update.UpdateDialog;
import org.sendero.update.ProductUpdater;

/**
 * Help > Check for updates…: with the real updater service, a folder that is not a signed Sendero
 * repository is refused in the dialog with the reason, and nothing can be installed from it.
 */
class UpdateDialogTest {

    @TempDir
    Path temp;

    private PartHarness window;
    private UpdateDialog dialog;

    @BeforeEach
    void openDialog() {
        window = new PartHarness();
        dialog = new UpdateDialog(window.shell, window.context.get(ProductUpdater.class));
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    @AfterEach
    void closeWindow() {
        dialog.close();
        window.close();
    }

    private String check(String typed) {
        List<Text> texts = Controls.all(dialog.getShell(), Text.class);
        texts.get(0).setText(typed);
        button(Messages.Update_check).notifyListeners(SWT.Selection, new Event());
        String reading = NLS.bind(Messages.Update_checking, typed.strip());
        window.until(() -> !texts.get(1).getText().equals(reading), Duration.ofSeconds(60), "the folder is read");
        return texts.get(1).getText();
    }

    private Button button(String label) {
        return Controls.all(dialog.getShell(), Button.class).stream().filter(b -> b.getText().equals(label))
                .findFirst().orElseThrow();
    }

    @Test
    void nothingIsCheckedWithoutAFolder() {
        assertEquals(Messages.Update_noSource, check("  "));
        assertFalse(button(Messages.Update_install).isEnabled());
    }

    @Test
    void anUnsignedRepositoryIsRefusedAndCannotBeInstalled() throws Exception {
        Files.writeString(temp.resolve("content.jar"), "not really an index");
        Files.writeString(temp.resolve("artifacts.jar"), "not really an index");

        Text field = Controls.all(dialog.getShell(), Text.class).get(0);
        field.setText(temp.toString());
        button(Messages.Update_check).notifyListeners(SWT.Selection, new Event());
        // a slow share or USB stick is read away from the window, which says so and takes no other order meanwhile
        assertEquals(NLS.bind(Messages.Update_checking, temp.toString()),
                Controls.all(dialog.getShell(), Text.class).get(1).getText(), "says what it does");
        assertFalse(button(Messages.Update_check).isEnabled() || field.isEnabled(), "nothing else while reading");
        Text result = Controls.all(dialog.getShell(), Text.class).get(1);
        String reading = result.getText();
        window.until(() -> !result.getText().equals(reading), Duration.ofSeconds(60), "the folder is read");
        String shown = result.getText();
        assertTrue(button(Messages.Update_check).isEnabled() && field.isEnabled(), "usable again once read");

        String prefix = NLS.bind(Messages.Update_failed, "");
        assertTrue(shown.startsWith(prefix), shown);
        assertTrue(shown.contains("sendero-update.sig") && shown.contains("not signed"), shown);
        assertFalse(button(Messages.Update_install).isEnabled());
    }
}
