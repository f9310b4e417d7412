package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.diagnostics.Diagnostics;
import org.sendero.ui.internal.diagnostics.DiagnosticsJob;
import org.sendero.ui.internal.diagnostics.Messages;
import org.sendero.ui.internal.diagnostics.SaveDiagnosticsHandler;

/**
 * Help > Save diagnostics… through the real handler and service, after the file dialog: the file is
 * written by a job while the progress dialog is up, and a message then says where it is.
 */
class SaveDiagnosticsTest {

    @TempDir
    Path temp;

    private PartHarness window;
    private final List<String> told = new ArrayList<>();

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    @Test
    void theFileIsWrittenInAJobAndTheMessageSaysWhereItIs() throws Exception {
        Path zip = temp.resolve("support.zip");
        answerTheMessage("save-diagnostics");
        DiagnosticsJob job = new SaveDiagnosticsHandler().save(window.shell, window.context.get(Diagnostics.class),
                zip);

        window.until(() -> !told.isEmpty(), Duration.ofSeconds(90), "a message says how it went");
        assertTrue(told.get(0).contains(zip.toString()), told.get(0));
        assertTrue(
                told.get(0).startsWith(NLS.bind(Messages.SaveDiagnostics_saved, zip).lines().findFirst().orElseThrow()),
                told.get(0));
        assertTrue(job.outcome().saved().isPresent());
        List<String> entries = entries(zip);
        assertTrue(entries.containsAll(List.of("README.txt", "summary.txt", "versions.txt", "database.txt")),
                entries::toString);
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedWithItsName() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("plain.txt"), "a file, not a folder");
        Path zip = notAFolder.resolve("support.zip");
        answerTheMessage("save-diagnostics-failed");
        new SaveDiagnosticsHandler().save(window.shell, window.context.get(Diagnostics.class), zip);

        window.until(() -> !told.isEmpty(), Duration.ofSeconds(90), "a message says how it went");
        String expectedStart = NLS.bind(Messages.SaveDiagnostics_failed, zip, "").lines().findFirst().orElseThrow();
        assertTrue(told.get(0).startsWith(expectedStart), told.get(0));
        assertFalse(Files.exists(zip));
    }

    /** Presses OK on the first message dialog that appears (not the progress dialog), keeping its text. */
    private void answerTheMessage(String screenshot) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            for (Shell shell : window.display.getShells()) {
                if (shell == window.shell || shell.isDisposed() || !shell.isVisible()) {
                    continue;
                }
                for (Button button : Controls.all(shell, Button.class)) {
                    if (button.getText().equals(IDialogConstants.OK_LABEL)) {
                        told.add(String.join("\n", Controls.all(shell, Label.class).stream().map(Label::getText)
                                .filter(text -> !text.isEmpty()).toList()));
                        window.screenshot(shell, screenshot);
                        button.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
            }
            if (!window.shell.isDisposed()) {
                window.display.timerExec(200, check[0]);
            }
        };
        window.display.timerExec(200, check[0]);
    }

    private static List<String> entries(Path zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zipIn = new ZipInputStream(in)) {
            for (ZipEntry entry = zipIn.getNextEntry(); entry != null; entry = zipIn.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
