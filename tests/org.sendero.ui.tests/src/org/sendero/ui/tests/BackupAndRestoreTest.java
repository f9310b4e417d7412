package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.backup.BackupSummary;
import org.sendero.backup.Backups;
import org.sendero.content.ContentLibrary;
import org.sendero.core.SenderoEnvironment;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.ui.internal.backup.BackupHandler;
import org.sendero.ui.internal.backup.Messages;
import org.sendero.ui.internal.backup.RestoreHandler;

/**
 * File > Back up… and File > Restore… past their file dialogs: the backup's contents are shown
 * (learners, notes, packs) with the real backup service, Restore sets the backup to be restored
 * at the next start, Cancel and a damaged backup change nothing.
 */
class BackupAndRestoreTest {

    @TempDir
    Path temp;

    private PartHarness window;
    private Backups backups;
    private Learner learner;
    private Path pending;
    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void aLearnerInTheRecords() throws Exception {
        window = new PartHarness();
        backups = window.context.get(Backups.class);
        learner = window.context.get(Learners.class).add("Backup Tester " + System.nanoTime(), Optional.empty());
        pending = window.context.get(SenderoEnvironment.class).dataFolder().root()
                .resolve("backups/restore-at-next-start.zip");
    }

    @AfterEach
    void cleanUp() throws Exception {
        Files.deleteIfExists(pending);
        window.context.get(Learners.class).remove(learner.id());
        window.close();
    }

    @Test
    void backUpShowsTheLearnersAndPacksItWrote() throws Exception {
        Path file = temp.resolve("office.zip");
        answerDialogs(IDialogConstants.OK_LABEL);

        new BackupHandler().backUpTo(window.shell, backups, file);

        BackupSummary written = backups.inspect(file);
        assertEquals(window.context.get(Learners.class).list().size(), written.learners());
        String text = String.join("\n", shown);
        assertTrue(text.contains(Messages.Summary_learners + "\n" + written.learners() + "\n" + Messages.Summary_notes
                + "\n" + written.notes()), text);
        assertTrue(text.contains(file.toString()), text);
        for (var pack : window.context.get(ContentLibrary.class).installed()) {
            assertTrue(text.contains(pack.info().id() + " " + pack.info().version()), text);
        }
    }

    @Test
    void restoreShowsTheBackupAndRestoresItAtTheNextStart() throws Exception {
        Path file = temp.resolve("office.zip");
        BackupSummary written = backups.backUp(file);
        answerDialogs(Messages.Restore_button);

        assertEquals(RestoreHandler.Outcome.AT_NEXT_START,
                new RestoreHandler().restoreFrom(window.shell, backups, file));

        String text = String.join("\n", shown);
        assertTrue(text.contains(Messages.Summary_learners + "\n" + written.learners() + "\n" + Messages.Summary_notes
                + "\n" + written.notes()), text);
        assertTrue(text.contains(Messages.Summary_schema), text);
        assertTrue(Files.exists(pending), "set aside for the next start");
        assertEquals(written.learners(), backups.inspect(pending).learners());
    }

    @Test
    void cancelLeavesNothingToRestore() throws Exception {
        Path file = temp.resolve("office.zip");
        backups.backUp(file);
        answerDialogs(IDialogConstants.CANCEL_LABEL);

        assertEquals(RestoreHandler.Outcome.CANCELLED, new RestoreHandler().restoreFrom(window.shell, backups, file));

        assertFalse(Files.exists(pending));
    }

    @Test
    void aTruncatedBackupIsRefusedNamingTheFile() throws Exception {
        Path file = temp.resolve("cut.zip");
        backups.backUp(file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        answerDialogs(IDialogConstants.OK_LABEL);

        assertEquals(RestoreHandler.Outcome.REFUSED, new RestoreHandler().restoreFrom(window.shell, backups, file));

        String text = String.join("\n", shown);
        assertTrue(text.contains(file.toString()), text);
        assertFalse(text.contains(Messages.Summary_learners), "no contents shown for a damaged backup: " + text);
        assertFalse(Files.exists(pending));
    }

    /** Presses {@code wanted} in every dialog that opens, keeping what the dialogs said. */
    private void answerDialogs(String wanted) {
        Runnable[] check = new Runnable[1];
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        check[0] = () -> {
            for (Shell shell : window.display.getShells()) {
                if (shell == window.shell || shell.isDisposed() || !shell.isVisible()) {
                    continue;
                }
                if (System.nanoTime() > giveUp) {
                    shell.close();
                    continue;
                }
                for (Button button : Controls.all(shell, Button.class)) {
                    if (button.getText().equals(wanted)) {
                        shown.add(String.join("\n",
                                Controls.all(shell, Label.class).stream().map(Label::getText).toList()));
                        window.screenshot(shell, "backup-" + shown.size());
                        button.notifyListeners(SWT.Selection, new Event());
                        break;
                    }
                }
            }
            if (!window.shell.isDisposed()) {
                window.display.timerExec(200, check[0]);
            }
        };
        window.display.timerExec(200, check[0]);
    }
}
