package org.sendero.ui.learners;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.sendero.progress.Learner;

/** The questions the learner chooser asks before it renames a learner, changes a PIN or removes a profile. */
final class LearnerQuestions {

    private LearnerQuestions() {
    }

    /** The new name typed for {@code learner}, stripped; empty when the question was cancelled. */
    static Optional<String> newName(Shell shell, Learner learner) {
        InputDialog ask = new InputDialog(shell, Messages.LearnerChooser_renameTitle,
                NLS.bind(Messages.LearnerChooser_renameQuestion, learner.name()), learner.name(),
                text -> text.isBlank() ? Messages.LearnerChooser_nameNeeded : null);
        return ask.open() == Window.OK ? Optional.of(ask.getValue().strip()) : Optional.empty();
    }

    /**
     * The new PIN typed for {@code learner}, hidden as it is typed: 4 to 12 digits, or the empty
     * text for no PIN; empty when the question was cancelled.
     */
    static Optional<String> newPin(Shell shell, Learner learner) {
        InputDialog ask = new InputDialog(shell, Messages.LearnerChooser_changePinTitle,
                NLS.bind(Messages.LearnerChooser_changePinQuestion, learner.name()), "",
                text -> text.isEmpty() || text.matches("\\d{4,12}") ? null : Messages.LearnerChooser_pinDigits) {
            @Override
            protected int getInputTextStyle() {
                return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
            }
        };
        return ask.open() == Window.OK ? Optional.of(ask.getValue()) : Optional.empty();
    }

    /** Whether the person agrees to remove {@code learner}'s profile and progress. */
    static boolean mayRemove(Shell shell, Learner learner) {
        return MessageDialog.openQuestion(shell, Messages.LearnerChooser_removeTitle,
                NLS.bind(Messages.LearnerChooser_removeQuestion, learner.name()));
    }

    /** A time of day as the person's locale writes it, e.g. for when a PIN may be tried again. */
    static String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault()).format(instant);
    }
}
