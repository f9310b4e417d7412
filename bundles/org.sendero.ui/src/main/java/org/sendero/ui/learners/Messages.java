package org.sendero.ui.learners;

import org.eclipse.osgi.util.NLS;

/** The learner chooser's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.learners.messages";

    public static String StartingLearner_defaultName;
    public static String LearnerChooser_title;
    public static String LearnerChooser_learners;
    public static String LearnerChooser_pin;
    public static String LearnerChooser_withPin;
    public static String LearnerChooser_rename;
    public static String LearnerChooser_renameTitle;
    public static String LearnerChooser_renameQuestion;
    public static String LearnerChooser_newGroup;
    public static String LearnerChooser_newName;
    public static String LearnerChooser_newPin;
    public static String LearnerChooser_add;
    public static String LearnerChooser_start;
    public static String LearnerChooser_wrongPin;
    public static String LearnerChooser_wait;
    public static String LearnerChooser_nameNeeded;
    public static String LearnerChooser_changePin;
    public static String LearnerChooser_changePinTitle;
    public static String LearnerChooser_changePinQuestion;
    public static String LearnerChooser_pinDigits;
    public static String LearnerChooser_pinFirst;
    public static String LearnerChooser_pinChanged;
    public static String LearnerChooser_pinRemoved;
    public static String LearnerChooser_remove;
    public static String LearnerChooser_removeTitle;
    public static String LearnerChooser_removeQuestion;
    public static String LearnerChooser_removed;
    public static String WindowTitle_withLearner;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
