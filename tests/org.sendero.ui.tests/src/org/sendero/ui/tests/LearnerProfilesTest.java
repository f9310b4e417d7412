package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.PinCheck;
import org.sendero.ui.learners.LearnerChooser;

/**
 * The learners' profiles on a shared office PC, kept from the chooser: a PIN changed or a profile
 * removed only with that learner's PIN, and never the profile of the person whose window is open.
 */
class LearnerProfilesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private PartHarness window;
    private Learners learners;

    @BeforeEach
    void openWindow() {
        window = new PartHarness();
        learners = window.context.get(Learners.class);
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    @Test
    void aPinIsChangedAndAProfileRemovedOnlyWithTheLearnersPin() throws Exception {
        String name = "Dora " + UUID.randomUUID().toString().substring(0, 8);
        Learner dora = learners.add(name, Optional.of("2468"));
        LearnerChooser chooser = open(Optional.empty());
        select(chooser, name + " (PIN)");

        press(chooser.removeButton());
        window.until(() -> chooser.messageText().contains("PIN above first"), WAIT, "the PIN is asked for first");
        chooser.pinBox().setText("1111");
        press(chooser.changePinButton());
        window.until(() -> chooser.messageText().contains("not right"), WAIT, "a wrong PIN changes nothing");

        chooser.pinBox().setText("2468");
        whenShown("Change PIN", dialog -> {
            find(dialog, Text.class).setText("97531");
            press(button(dialog, IDialogConstants.OK_LABEL));
        });
        press(chooser.changePinButton());
        window.until(() -> chooser.messageText().contains("was changed"), WAIT,
                "the new PIN is kept: " + chooser.messageText());
        assertEquals(PinCheck.Outcome.ACCEPTED, learners.checkPin(dora.id(), "97531").outcome());

        select(chooser, name + " (PIN)");
        chooser.pinBox().setText("97531");
        whenShown("Remove learner", dialog -> press(button(dialog, IDialogConstants.YES_LABEL)));
        press(chooser.removeButton());
        window.until(() -> chooser.messageText().contains("was removed"), WAIT,
                "the profile is removed: " + chooser.messageText());
        assertEquals(Optional.empty(), learners.byName(name));
        assertFalse(List.of(chooser.learnerList().getItems()).contains(name + " (PIN)"),
                "the list no longer shows them");
        chooser.close();
    }

    @Test
    void theLearnerWhoseWindowIsOpenCannotBeRemoved() throws Exception {
        String name = "Eva " + UUID.randomUUID().toString().substring(0, 8);
        Learner eva = learners.add(name, Optional.empty());
        LearnerChooser chooser = open(Optional.of(eva));
        select(chooser, name);
        assertFalse(chooser.removeButton().getEnabled(), "the current learner's profile stays");
        assertTrue(chooser.changePinButton().getEnabled(), "their PIN can still be set");
        chooser.close();
    }

    private LearnerChooser open(Optional<Learner> current) {
        LearnerChooser chooser = new LearnerChooser(window.shell, learners).protecting(current);
        chooser.setBlockOnOpen(false);
        chooser.open();
        return chooser;
    }

    private static void select(LearnerChooser chooser, String item) {
        int at = List.of(chooser.learnerList().getItems()).indexOf(item);
        assertTrue(at >= 0, List.of(chooser.learnerList().getItems()).toString());
        chooser.learnerList().select(at);
        chooser.learnerList().notifyListeners(SWT.Selection, new Event());
    }

    private static void press(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Answers the modal dialog titled {@code title} as soon as it shows (its own event loop runs this). */
    private void whenShown(String title, Consumer<Shell> answer) {
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : window.display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    answer.accept(shell);
                    return;
                }
            }
            window.display.timerExec(50, poll[0]);
        };
        window.display.timerExec(50, poll[0]);
    }

    private static Button button(Composite parent, String label) {
        for (Button button : Controls.all(parent, Button.class)) {
            if (button.getText().replace("&", "").equals(label.replace("&", ""))) {
                return button;
            }
        }
        throw new AssertionError("no button " + label);
    }

    private static <T extends Control> T find(Composite parent, Class<T> type) {
        return Controls.all(parent, type).get(0);
    }
}
