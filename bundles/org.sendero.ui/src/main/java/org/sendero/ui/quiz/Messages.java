package org.sendero.ui.quiz;

import org.eclipse.osgi.util.NLS;

/** The quiz part's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.quiz.messages";

    public static String QuizPart_empty;
    public static String QuizPart_loading;
    public static String QuizPart_progress;
    public static String QuizPart_progressName;
    public static String QuizPart_attempt;
    public static String QuizPart_trial;
    public static String QuizPart_attemptUnlimited;
    public static String QuizPart_situation;
    public static String QuizPart_check;
    public static String QuizPart_next;
    public static String QuizPart_results;
    public static String QuizPart_chooseFirst;
    public static String QuizPart_notANumber;
    public static String QuizPart_saving;
    public static String QuizPart_correct;
    public static String QuizPart_partly;
    public static String QuizPart_wrong;
    public static String QuizPart_reread;
    public static String QuizPart_noAttempts;
    public static String QuizPart_notFound;
    public static String QuizPart_failed;
    public static String QuizPart_score;
    public static String QuizPart_passed;
    public static String QuizPart_notPassed;
    public static String QuizPart_retry;
    public static String QuizPart_reviewHeading;
    public static String QuizPart_yourAnswer;
    public static String QuizPart_rightAnswer;
    public static String QuizPart_noAnswer;
    public static String QuizPart_feedbackLater;
    public static String Answer_true;
    public static String Answer_false;
    public static String Answer_yourAnswer;
    public static String Answer_textHint;
    public static String Answer_numberHint;
    public static String Answer_orderName;
    public static String Answer_moveUp;
    public static String Answer_moveDown;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
