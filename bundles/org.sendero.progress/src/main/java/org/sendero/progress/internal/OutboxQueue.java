package org.sendero.progress.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.LessonState;

/**
 * Queues xAPI statements in the outbox inside the caller's transaction, so that a row that is
 * recorded is also queued, or neither is. {@code INSERT OR IGNORE}: recording the same lesson
 * again, or a completion that already exists, leaves the queue as it was, sent or not.
 */
final class OutboxQueue {

    private OutboxQueue() {
    }

    /** A lesson experienced, and completed when it is read. */
    static LessonState lesson(Connection connection, String learnerId, LessonState lesson, long now)
            throws SQLException {
        add(connection, "experienced", lesson.id(), learnerId, now);
        if (lesson.read().isPresent()) {
            add(connection, "completed", lesson.id(), learnerId, now);
        }
        return lesson;
    }

    /** A quiz answer: its learner is the attempt's. */
    static void answer(Connection connection, String answerId, String attemptId, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO outbox (verb, row_id,"
                + " learner_id, queued) SELECT 'answered', ?, learner_id, ? FROM attempt WHERE id = ?")) {
            insert.setString(1, answerId);
            insert.setLong(2, now);
            insert.setString(3, attemptId);
            // the caller checked the attempt in this transaction, so the SELECT finds its row
            insert.executeUpdate();
        }
    }

    /** A finished attempt, passed or failed. */
    static Attempt judged(Connection connection, Attempt attempt, long now) throws SQLException {
        add(connection, attempt.passed().orElseThrow() ? "passed" : "failed", attempt.id(), attempt.learnerId(), now);
        return attempt;
    }

    static Completion completion(Connection connection, Completion completion, long now) throws SQLException {
        add(connection, "completed", completion.id(), completion.learnerId(), now);
        return completion;
    }

    static void add(Connection connection, String verb, String rowId, String learnerId, long now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO outbox (verb, row_id, learner_id, queued) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, verb);
            insert.setString(2, rowId);
            insert.setString(3, learnerId);
            insert.setLong(4, now);
            insert.executeUpdate();
        }
    }
}
