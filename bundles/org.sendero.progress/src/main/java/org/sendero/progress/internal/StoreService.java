package org.sendero.progress.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.core.quiz.QuizScore;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.LessonRef;
import org.sendero.progress.LessonState;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.QuizRef;
import org.sendero.progress.RecordedAnswer;
import org.sendero.progress.internal.db.DatabaseAccess;

/** Lessons, attempts, answers and completions in the progress database. */
@Component(service = ProgressStore.class)
public final class StoreService implements ProgressStore {

    private static final String ATTEMPT_COLUMNS = "id, learner_id, pack_id, course_id, module_id, quiz_id, lang, seed,"
            + " started, finished, scaled, passed, duration_ms";
    private static final String LESSON_COLUMNS = "id, pack_id, course_id, module_id, lesson_id, lang, first_opened,"
            + " last_opened, position, read_at, reading_ms";

    private final DatabaseAccess access;

    @Activate
    public StoreService(@Reference DatabaseAccess access) {
        this.access = access;
    }

    @Override
    public LessonState lessonOpened(String learnerId, LessonRef lesson, String lang) throws ProgressException {
        long now = access.database().now().toEpochMilli();
        return Sql.run(access, "record the lesson opened", true, connection -> {
            open(connection, learnerId, lesson, lang, now);
            return OutboxQueue.lesson(connection, learnerId, lesson(connection, learnerId, lesson).orElseThrow(), now);
        });
    }

    @Override
    public void lessonPosition(String learnerId, LessonRef lesson, int position) throws ProgressException {
        Sql.run(access, "record the position in the lesson", true, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE lesson_progress SET position = ?"
                    + " WHERE learner_id = ? AND pack_id = ? AND course_id = ? AND module_id = ? AND lesson_id = ?")) {
                update.setInt(1, position);
                bindLesson(update, 2, learnerId, lesson);
                if (update.executeUpdate() != 1) {
                    throw new Sql.UserError("lesson " + lesson.lessonId() + " was not opened by this learner");
                }
            }
            return null;
        });
    }

    @Override
    public void lessonTime(String learnerId, LessonRef lesson, Duration added) throws ProgressException {
        if (added.isNegative()) {
            throw new IllegalArgumentException("a reading time cannot be negative: " + added);
        }
        if (added.toMillis() == 0) {
            return;
        }
        Sql.run(access, "record the time spent reading the lesson", true, connection -> {
            try (PreparedStatement update = connection
                    .prepareStatement("UPDATE lesson_progress SET reading_ms = reading_ms + ?"
                            + " WHERE learner_id = ? AND pack_id = ? AND course_id = ? AND module_id = ? AND lesson_id = ?")) {
                update.setLong(1, added.toMillis());
                bindLesson(update, 2, learnerId, lesson);
                if (update.executeUpdate() != 1) {
                    throw new Sql.UserError("lesson " + lesson.lessonId() + " was not opened by this learner");
                }
            }
            return null;
        });
    }

    @Override
    public LessonState lessonRead(String learnerId, LessonRef lesson, String lang) throws ProgressException {
        long now = access.database().now().toEpochMilli();
        return Sql.run(access, "record the lesson read", true, connection -> {
            open(connection, learnerId, lesson, lang, now);
            try (PreparedStatement update = connection.prepareStatement("UPDATE lesson_progress SET read_at = ?"
                    + " WHERE learner_id = ? AND pack_id = ? AND course_id = ? AND module_id = ? AND lesson_id = ?"
                    + " AND read_at IS NULL")) {
                update.setLong(1, now);
                bindLesson(update, 2, learnerId, lesson);
                update.executeUpdate();
            }
            return OutboxQueue.lesson(connection, learnerId, lesson(connection, learnerId, lesson).orElseThrow(), now);
        });
    }

    private static void open(Connection connection, String learnerId, LessonRef lesson, String lang, long now)
            throws SQLException {
        try (PreparedStatement upsert = connection
                .prepareStatement("INSERT INTO lesson_progress (id, learner_id, pack_id,"
                        + " course_id, module_id, lesson_id, lang, first_opened, last_opened) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (learner_id, pack_id, course_id, module_id, lesson_id)"
                        + " DO UPDATE SET last_opened = excluded.last_opened, lang = excluded.lang")) {
            upsert.setString(1, UUID.randomUUID().toString());
            bindLesson(upsert, 2, learnerId, lesson);
            upsert.setString(7, lang);
            upsert.setLong(8, now);
            upsert.setLong(9, now);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw foreignKey(e, learnerId);
        }
    }

    private static void bindLesson(PreparedStatement statement, int first, String learnerId, LessonRef lesson)
            throws SQLException {
        statement.setString(first, learnerId);
        statement.setString(first + 1, lesson.packId());
        statement.setString(first + 2, lesson.courseId());
        statement.setString(first + 3, lesson.moduleId());
        statement.setString(first + 4, lesson.lessonId());
    }

    private static Optional<LessonState> lesson(Connection connection, String learnerId, LessonRef lesson)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + LESSON_COLUMNS + " FROM lesson_progress"
                + " WHERE learner_id = ? AND pack_id = ? AND course_id = ? AND module_id = ? AND lesson_id = ?")) {
            bindLesson(select, 1, learnerId, lesson);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(lessonState(row)) : Optional.empty();
            }
        }
    }

    @Override
    public List<LessonState> lessons(String learnerId) throws ProgressException {
        return Sql.run(access, "read lessons", false, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + LESSON_COLUMNS
                    + " FROM lesson_progress WHERE learner_id = ? ORDER BY first_opened, rowid")) {
                select.setString(1, learnerId);
                try (ResultSet rows = select.executeQuery()) {
                    List<LessonState> lessons = new ArrayList<>();
                    while (rows.next()) {
                        lessons.add(lessonState(rows));
                    }
                    return lessons;
                }
            }
        });
    }

    private static LessonState lessonState(ResultSet row) throws SQLException {
        long read = row.getLong(10);
        Optional<Instant> readAt = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(read));
        return new LessonState(row.getString(1), new LessonRef(row.getString(2), row.getString(3), row.getString(4),
                row.getString(5)), row.getString(6), Instant.ofEpochMilli(row.getLong(7)),
                Instant.ofEpochMilli(row.getLong(8)), row.getInt(9), readAt, Duration.ofMillis(row.getLong(11)));
    }

    @Override
    public Attempt startAttempt(String learnerId, QuizRef quiz, long seed) throws ProgressException {
        Instant now = access.database().now();
        String id = UUID.randomUUID().toString();
        return Sql.run(access, "start the attempt", true, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attempt (id, learner_id, pack_id,"
                    + " course_id, module_id, quiz_id, lang, seed, started) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, learnerId);
                insert.setString(3, quiz.packId());
                insert.setString(4, quiz.courseId());
                insert.setString(5, quiz.moduleId());
                insert.setString(6, quiz.quizId());
                insert.setString(7, quiz.lang());
                insert.setLong(8, seed);
                insert.setLong(9, now.toEpochMilli());
                insert.executeUpdate();
            } catch (SQLException e) {
                throw foreignKey(e, learnerId);
            }
            return new Attempt(id, learnerId, quiz, seed, Instant.ofEpochMilli(now.toEpochMilli()), Optional.empty(),
                    OptionalDouble.empty(), Optional.empty(), Duration.ZERO);
        });
    }

    @Override
    public RecordedAnswer recordAnswer(String attemptId, String itemId, Response response, double credit,
            Duration duration) throws ProgressException {
        if (Double.isNaN(credit) || credit < 0 || credit > 1) {
            throw new IllegalArgumentException("credit is not between 0 and 1: " + credit);
        }
        Instant now = Instant.ofEpochMilli(access.database().now().toEpochMilli());
        String id = UUID.randomUUID().toString();
        // one INSERT in its own transaction: with synchronous=FULL the commit returns after the fsync
        return Sql.run(access, "record the answer", true, connection -> {
            requireUnfinished(connection, attemptId);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO answer (id, attempt_id, item_id,"
                    + " response, credit, answered, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, attemptId);
                insert.setString(3, itemId);
                insert.setString(4, response.encode());
                insert.setDouble(5, credit);
                insert.setLong(6, now.toEpochMilli());
                insert.setLong(7, duration.toMillis());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (e.getMessage() != null && e.getMessage().contains("UNIQUE")) {
                    throw new Sql.UserError("item " + itemId + " was already answered in this attempt");
                }
                throw e;
            }
            OutboxQueue.answer(connection, id, attemptId, now.toEpochMilli());
            return new RecordedAnswer(id, attemptId, itemId, response, credit, now, duration);
        });
    }

    private static void requireUnfinished(Connection connection, String attemptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT finished FROM attempt WHERE id = ?")) {
            select.setString(1, attemptId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new Sql.UserError("no attempt with id " + attemptId);
                }
                row.getLong(1);
                if (!row.wasNull()) {
                    throw new Sql.UserError("attempt " + attemptId + " is already finished");
                }
            }
        }
    }

    @Override
    public Attempt finishAttempt(String attemptId, QuizScore score, Duration duration) throws ProgressException {
        long now = access.database().now().toEpochMilli();
        return Sql.run(access, "finish the attempt", true, connection -> {
            requireUnfinished(connection, attemptId);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE attempt SET finished = ?, scaled = ?, passed = ?, duration_ms = ? WHERE id = ?")) {
                update.setLong(1, now);
                update.setDouble(2, score.scaled());
                update.setBoolean(3, score.passed());
                update.setLong(4, duration.toMillis());
                update.setString(5, attemptId);
                update.executeUpdate();
            }
            return OutboxQueue.judged(connection, attempt(connection, attemptId).orElseThrow(), now);
        });
    }

    @Override
    public Optional<Attempt> attempt(String attemptId) throws ProgressException {
        return Sql.run(access, "read the attempt", false, connection -> attempt(connection, attemptId));
    }

    private static Optional<Attempt> attempt(Connection connection, String attemptId) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT " + ATTEMPT_COLUMNS + " FROM attempt WHERE id = ?")) {
            select.setString(1, attemptId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(attempt(row)) : Optional.empty();
            }
        }
    }

    @Override
    public List<Attempt> attempts(String learnerId, String packId, String quizId) throws ProgressException {
        return attempts("learner_id = ? AND pack_id = ? AND quiz_id = ?", learnerId, packId, quizId);
    }

    @Override
    public List<Attempt> attempts(String learnerId) throws ProgressException {
        return attempts("learner_id = ?", learnerId);
    }

    private List<Attempt> attempts(String where, String... values) throws ProgressException {
        return Sql.run(access, "read attempts", false, connection -> {
            try (PreparedStatement select = connection
                    .prepareStatement("SELECT " + ATTEMPT_COLUMNS + " FROM attempt WHERE "
                            + where + " ORDER BY started, rowid")) {
                for (int i = 0; i < values.length; i++) {
                    select.setString(i + 1, values[i]);
                }
                try (ResultSet rows = select.executeQuery()) {
                    List<Attempt> attempts = new ArrayList<>();
                    while (rows.next()) {
                        attempts.add(attempt(rows));
                    }
                    return attempts;
                }
            }
        });
    }

    private static Attempt attempt(ResultSet row) throws SQLException {
        QuizRef quiz = new QuizRef(row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                row.getString(7));
        long finished = row.getLong(10);
        Optional<Instant> finishedAt = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(finished));
        double scaled = row.getDouble(11);
        OptionalDouble score = row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(scaled);
        boolean passed = row.getBoolean(12);
        Optional<Boolean> passedOrNot = row.wasNull() ? Optional.empty() : Optional.of(passed);
        return new Attempt(row.getString(1), row.getString(2), quiz, row.getLong(8),
                Instant.ofEpochMilli(row.getLong(9)),
                finishedAt, score, passedOrNot, Duration.ofMillis(row.getLong(13)));
    }

    @Override
    public List<RecordedAnswer> answers(String attemptId) throws ProgressException {
        return Sql.run(access, "read answers", false, connection -> {
            try (PreparedStatement select = connection
                    .prepareStatement("SELECT id, attempt_id, item_id, response, credit,"
                            + " answered, duration_ms FROM answer WHERE attempt_id = ? ORDER BY answered, rowid")) {
                select.setString(1, attemptId);
                try (ResultSet rows = select.executeQuery()) {
                    List<RecordedAnswer> answers = new ArrayList<>();
                    while (rows.next()) {
                        String encoded = rows.getString(4);
                        Response response = Response.decode(encoded)
                                .orElseThrow(() -> new SQLException("unreadable stored response '" + encoded + "'"));
                        answers.add(
                                new RecordedAnswer(rows.getString(1), rows.getString(2), rows.getString(3), response,
                                        rows.getDouble(5), Instant.ofEpochMilli(rows.getLong(6)),
                                        Duration.ofMillis(rows.getLong(7))));
                    }
                    return answers;
                }
            }
        });
    }

    @Override
    public Completion recordCompletion(String learnerId, String packId, String courseId, Optional<String> moduleId)
            throws ProgressException {
        long now = access.database().now().toEpochMilli();
        return Sql.run(access, "record the completion", true, connection -> {
            try (PreparedStatement insert = connection
                    .prepareStatement("INSERT INTO completion (id, learner_id, pack_id,"
                            + " course_id, module_id, completed) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, learnerId);
                insert.setString(3, packId);
                insert.setString(4, courseId);
                insert.setString(5, moduleId.orElse(""));
                insert.setLong(6, now);
                insert.executeUpdate();
            } catch (SQLException e) {
                throw foreignKey(e, learnerId);
            }
            return OutboxQueue.completion(connection, completions(connection, learnerId).stream()
                    .filter(c -> c.packId().equals(packId) && c.courseId().equals(courseId)
                            && c.moduleId().equals(moduleId))
                    .findFirst().orElseThrow(), now);
        });
    }

    @Override
    public List<Completion> completions(String learnerId) throws ProgressException {
        return Sql.run(access, "read completions", false, connection -> completions(connection, learnerId));
    }

    private static List<Completion> completions(Connection connection, String learnerId) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT id, learner_id, pack_id, course_id, module_id,"
                        + " completed FROM completion WHERE learner_id = ? ORDER BY completed, rowid")) {
            select.setString(1, learnerId);
            try (ResultSet rows = select.executeQuery()) {
                List<Completion> completions = new ArrayList<>();
                while (rows.next()) {
                    String module = rows.getString(5);
                    completions.add(new Completion(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), module.isEmpty() ? Optional.empty() : Optional.of(module),
                            Instant.ofEpochMilli(rows.getLong(6))));
                }
                return completions;
            }
        }
    }

    private static SQLException foreignKey(SQLException e, String learnerId) {
        if (e.getMessage() != null && e.getMessage().contains("FOREIGN KEY")) {
            return new Sql.UserError("no learner with id " + learnerId);
        }
        return e;
    }
}
