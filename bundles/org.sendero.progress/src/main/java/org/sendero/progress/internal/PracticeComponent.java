package org.sendero.progress.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.core.quiz.Response;
import org.sendero.progress.PracticeAnswer;
import org.sendero.progress.PracticeItem;
import org.sendero.progress.PracticeOverview;
import org.sendero.progress.PracticeResult;
import org.sendero.progress.PracticeService;
import org.sendero.progress.ProgressException;
import org.sendero.progress.QuizRef;
import org.sendero.progress.internal.db.DatabaseAccess;
import org.sendero.progress.internal.practice.LeitnerBoxes;

/**
 * Practice in the progress database: the practice answers in a table of their own, the boxes
 * replayed from them and the quiz answers on every read (see {@link LeitnerBoxes}).
 */
@Component(service = PracticeService.class)
public final class PracticeComponent implements PracticeService {

    private static final String QUIZ_ANSWERS = "SELECT t.pack_id, t.course_id, t.module_id, t.quiz_id, t.lang,"
            + " a.item_id, a.credit, a.answered FROM answer a JOIN attempt t ON a.attempt_id = t.id"
            + " WHERE t.learner_id = ? ORDER BY a.answered, a.rowid";
    private static final String PRACTICE_ANSWERS = "SELECT pack_id, course_id, module_id, quiz_id, lang, item_id,"
            + " credit, answered, id, session_id, response, duration_ms FROM practice_answer WHERE learner_id = ?"
            + " ORDER BY answered, rowid";

    private final DatabaseAccess access;

    @Activate
    public PracticeComponent(@Reference DatabaseAccess access) {
        this.access = access;
    }

    /** The boxes after every answer, and the practice answers with their moves. */
    private record History(LeitnerBoxes boxes, List<PracticeAnswer> answers) {
    }

    @Override
    public List<PracticeItem> due(String learnerId, ZonedDateTime now) throws ProgressException {
        LocalDate today = now.toLocalDate();
        return scheduled(learnerId, now).stream().filter(item -> !item.due().isAfter(today)).toList();
    }

    @Override
    public PracticeOverview overview(String learnerId, ZonedDateTime now) throws ProgressException {
        LocalDate today = now.toLocalDate();
        List<PracticeItem> all = scheduled(learnerId, now);
        int due = (int) all.stream().filter(item -> !item.due().isAfter(today)).count();
        Optional<LocalDate> next = all.stream().map(PracticeItem::due).filter(day -> day.isAfter(today)).findFirst();
        return new PracticeOverview(due, all.size() - due, next);
    }

    private List<PracticeItem> scheduled(String learnerId, ZonedDateTime now) throws ProgressException {
        return Sql.run(access, "read the practice", false, connection -> history(connection, learnerId))
                .boxes().scheduled(now.getZone());
    }

    @Override
    public PracticeResult record(String learnerId, String sessionId, PracticeItem item, Response response,
            double credit, Duration duration, ZonedDateTime now) throws ProgressException {
        if (Double.isNaN(credit) || credit < 0 || credit > 1) {
            throw new IllegalArgumentException("credit is not between 0 and 1: " + credit);
        }
        Instant at = Instant.ofEpochMilli(now.toInstant().toEpochMilli());
        String id = UUID.randomUUID().toString();
        QuizRef quiz = item.quiz();
        // the box is worked out and the answer stored in one transaction, committed (fsync) before returning
        return Sql.run(access, "record the practice answer", true, connection -> {
            LeitnerBoxes boxes = history(connection, learnerId).boxes();
            LeitnerBoxes.Move move = boxes.practiceAnswer(quiz, item.itemId(), credit, at);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO practice_answer (id, learner_id,"
                    + " session_id, pack_id, course_id, module_id, quiz_id, lang, item_id, response, credit, answered,"
                    + " duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, learnerId);
                insert.setString(3, sessionId);
                bindQuiz(insert, 4, quiz);
                insert.setString(9, item.itemId());
                insert.setString(10, response.encode());
                insert.setDouble(11, credit);
                insert.setLong(12, at.toEpochMilli());
                insert.setLong(13, duration.toMillis());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (e.getMessage() != null && e.getMessage().contains("FOREIGN KEY")) {
                    throw new Sql.UserError("no learner with id " + learnerId);
                }
                throw e;
            }
            OutboxQueue.add(connection, "answered", id, learnerId, at.toEpochMilli());
            PracticeAnswer answer = new PracticeAnswer(id, learnerId, sessionId, quiz, item.itemId(), response,
                    credit, at, duration, move.before(), move.after());
            Optional<LocalDate> due = move.after() == LEARNT ? Optional.empty()
                    : Optional.of(LeitnerBoxes.due(move.after(), at, now.getZone()));
            return new PracticeResult(answer, due);
        });
    }

    @Override
    public List<PracticeAnswer> answers(String learnerId) throws ProgressException {
        return Sql.run(access, "read the practice answers", false, connection -> history(connection, learnerId))
                .answers();
    }

    private static void bindQuiz(PreparedStatement statement, int first, QuizRef quiz) throws SQLException {
        statement.setString(first, quiz.packId());
        statement.setString(first + 1, quiz.courseId());
        statement.setString(first + 2, quiz.moduleId());
        statement.setString(first + 3, quiz.quizId());
        statement.setString(first + 4, quiz.lang());
    }

    /** Replays the quiz and practice answers in the order they were given. */
    private static History history(Connection connection, String learnerId) throws SQLException {
        List<Row> quiz = rows(connection, QUIZ_ANSWERS, learnerId, false);
        List<Row> practice = rows(connection, PRACTICE_ANSWERS, learnerId, true);
        LeitnerBoxes boxes = new LeitnerBoxes();
        List<PracticeAnswer> answers = new ArrayList<>();
        int q = 0;
        int p = 0;
        while (q < quiz.size() || p < practice.size()) {
            // at the same millisecond the quiz answer counts first: a practice answer reacts to it
            if (p >= practice.size() || q < quiz.size() && !quiz.get(q).at().isAfter(practice.get(p).at())) {
                Row row = quiz.get(q++);
                boxes.quizAnswer(row.quiz(), row.itemId(), row.credit(), row.at());
            } else {
                Row row = practice.get(p++);
                LeitnerBoxes.Move move = boxes.practiceAnswer(row.quiz(), row.itemId(), row.credit(), row.at());
                answers.add(new PracticeAnswer(row.id(), learnerId, row.sessionId(), row.quiz(), row.itemId(),
                        row.response(), row.credit(), row.at(), row.duration(), move.before(), move.after()));
            }
        }
        return new History(boxes, answers);
    }

    /** A quiz or practice answer as read; the last four are only read for practice answers. */
    private record Row(QuizRef quiz, String itemId, double credit, Instant at, String id, String sessionId,
            Response response, Duration duration) {
    }

    private static List<Row> rows(Connection connection, String sql, String learnerId, boolean practice)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, learnerId);
            try (ResultSet rows = select.executeQuery()) {
                List<Row> all = new ArrayList<>();
                while (rows.next()) {
                    QuizRef quiz = new QuizRef(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5));
                    Response response = null;
                    if (practice) {
                        String encoded = rows.getString(11);
                        response = Response.decode(encoded)
                                .orElseThrow(() -> new SQLException("unreadable stored response '" + encoded + "'"));
                    }
                    all.add(new Row(quiz, rows.getString(6), rows.getDouble(7), Instant.ofEpochMilli(rows.getLong(8)),
                            practice ? rows.getString(9) : null, practice ? rows.getString(10) : null, response,
                            practice ? Duration.ofMillis(rows.getLong(12)) : Duration.ZERO));
                }
                return all;
            }
        }
    }
}
