package org.sendero.ui.internal.home;

import org.eclipse.osgi.util.NLS;

/** Home's visible strings, translated in messages_LANG.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.sendero.ui.internal.home.messages";

    public static String HomePart_loading;
    public static String HomePart_welcome;
    public static String HomePart_nobody;
    public static String HowItWorks_title;
    public static String HowItWorks_pick;
    public static String HowItWorks_pickText;
    public static String HowItWorks_read;
    public static String HowItWorks_readText;
    public static String HowItWorks_quiz;
    public static String HowItWorks_quizText;
    public static String HowItWorks_saved;
    public static String Continue_startLesson;
    public static String Continue_lesson;
    public static String Continue_quiz;
    public static String Continue_lessonTitle;
    public static String Continue_quizTitle;
    public static String Continue_allDone;
    public static String Continue_start;
    public static String Continue_continue;
    public static String Courses_title;
    public static String Courses_none;
    public static String Courses_steps;
    public static String Courses_complete;
    public static String Courses_barName;
    public static String Courses_start;
    public static String Courses_continue;
    public static String Courses_review;
    public static String Courses_certificate;
    public static String Courses_certificateName;
    public static String Courses_buttonName;
    public static String Retakes_title;
    public static String Retakes_score;
    public static String Retakes_retake;
    public static String Retakes_buttonName;
    public static String Latest_title;
    public static String Latest_explained;
    public static String Latest_linkName;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
