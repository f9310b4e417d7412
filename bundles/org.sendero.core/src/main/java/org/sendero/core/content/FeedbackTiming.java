package org.sendero.core.content;

/** When a learner sees feedback: after each answer, or once at the end of the quiz. */
public enum FeedbackTiming {
    IMMEDIATE, END
}
