package org.sendero.ui.internal.progress;

import org.eclipse.osgi.util.NLS;

/** The progress part's and the library marks' visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.progress.messages";

    public static String CompletionMarks_done;
    public static String MyProgressPart_nobody;
    public static String MyProgressPart_header;
    public static String MyProgressPart_totalTime;
    public static String MyProgressPart_continue;
    public static String MyProgressPart_nextLesson;
    public static String MyProgressPart_nextQuiz;
    public static String MyProgressPart_allDone;
    public static String MyProgressPart_courseSteps;
    public static String MyProgressPart_percent;
    public static String MyProgressPart_showModules;
    public static String MyProgressPart_hideModules;
    public static String MyProgressPart_moduleLessons;
    public static String MyProgressPart_quizPassed;
    public static String MyProgressPart_quizNotPassed;
    public static String MyProgressPart_quizNotTaken;
    public static String MyProgressPart_scores;
    public static String MyProgressPart_quizTime;
    public static String MyProgressPart_readingTime;
    public static String MyProgressPart_courseTime;
    public static String MyProgressPart_complete;
    public static String MyProgressPart_barName;
    public static String MyProgressPart_loading;
    public static String MyProgressPart_failed;
    public static String Durations_minutes;
    public static String Durations_hours;
    public static String Durations_underAMinute;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
