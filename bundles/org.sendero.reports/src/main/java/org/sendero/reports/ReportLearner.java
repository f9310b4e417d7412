package org.sendero.reports;

/**
 * A learner as the result files name them. The account (the office's home page and the learner's
 * id on that computer) tells learners apart; two people of the same name stay two rows.
 */
public record ReportLearner(String homePage, String id, String name) {

    /** What makes two statements the same learner's. */
    public String key() {
        return homePage + "\n" + id;
    }
}
