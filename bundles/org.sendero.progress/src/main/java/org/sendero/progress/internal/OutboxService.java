package org.sendero.progress.internal;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.core.content.Pack;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.PracticeService;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.export.Outbox;
import org.sendero.progress.export.OutboxCounts;
import org.sendero.progress.export.QueuedStatement;
import org.sendero.progress.export.RefusedStatement;
import org.sendero.progress.export.XapiStatements;
import org.sendero.progress.internal.db.DatabaseAccess;

/** The outbox table of the progress database. */
@Component(service = Outbox.class)
public final class OutboxService implements Outbox {

    /** A row of the outbox. */
    private record Entry(String verb, String rowId, String learnerId) {
        String statementId() {
            return XapiStatements.statementId(verb, rowId);
        }
    }

    private final DatabaseAccess access;
    private final Learners learners;
    private final LearnerStatements statements;

    @Activate
    public OutboxService(@Reference DatabaseAccess access, @Reference Learners learners,
            @Reference ProgressStore store, @Reference PracticeService practice) {
        this.access = access;
        this.learners = learners;
        this.statements = new LearnerStatements(store, practice);
    }

    @Override
    public List<QueuedStatement> waiting(int max, URI homePage, List<Pack> packs) throws ProgressException {
        List<Entry> entries = Sql.run(access, "read the outbox", false, connection -> waiting(connection, max));
        Map<String, Learner> byId = new HashMap<>();
        for (Learner learner : learners.list()) {
            byId.put(learner.id(), learner);
        }
        XapiStatements xapi = new XapiStatements(homePage, packs);
        // each learner's statements are built once per call, as the export builds them
        Map<String, Map<String, JsonObject>> built = new HashMap<>();
        List<QueuedStatement> waiting = new ArrayList<>();
        for (Entry entry : entries) {
            Map<String, JsonObject> ofLearner = built.get(entry.learnerId());
            if (ofLearner == null) {
                ofLearner = new LinkedHashMap<>();
                Learner learner = byId.get(entry.learnerId());
                if (learner != null) {
                    for (JsonObject statement : statements.all(learner, xapi)) {
                        ofLearner.put(statement.get("id").getAsString(), statement);
                    }
                }
                built.put(entry.learnerId(), ofLearner);
            }
            Optional<JsonObject> statement = Optional.ofNullable(ofLearner.get(entry.statementId()));
            QueuedStatement queued = new QueuedStatement(entry.verb(), entry.rowId(), entry.statementId(),
                    statement.orElse(null));
            if (statement.isPresent()) {
                waiting.add(queued);
            } else {
                // cannot happen while rows are never deleted alone; if one is, it must not hold the queue
                refused(queued, "no longer in the progress database");
            }
        }
        return waiting;
    }

    private static List<Entry> waiting(Connection connection, int max) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT verb, row_id, learner_id FROM outbox"
                + " WHERE sent IS NULL AND refused IS NULL ORDER BY queued, rowid LIMIT ?")) {
            select.setInt(1, max);
            try (ResultSet rows = select.executeQuery()) {
                List<Entry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(new Entry(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
                return entries;
            }
        }
    }

    @Override
    public void sent(List<QueuedStatement> sent, Instant at) throws ProgressException {
        if (sent.isEmpty()) {
            return;
        }
        Sql.run(access, "mark statements sent", true, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox SET sent = ? WHERE verb = ? AND row_id = ? AND sent IS NULL")) {
                for (QueuedStatement statement : sent) {
                    update.setLong(1, at.toEpochMilli());
                    update.setString(2, statement.verb());
                    update.setString(3, statement.rowId());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void refused(QueuedStatement statement, String reason) throws ProgressException {
        Sql.run(access, "mark a statement refused", true, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE outbox SET refused = ? WHERE verb = ? AND row_id = ? AND sent IS NULL")) {
                update.setString(1, reason.isBlank() ? "refused" : reason);
                update.setString(2, statement.verb());
                update.setString(3, statement.rowId());
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public OutboxCounts counts() throws ProgressException {
        return Sql.run(access, "count the outbox", false, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT"
                    + " COALESCE(SUM(sent IS NULL AND refused IS NULL), 0), COALESCE(SUM(sent IS NOT NULL), 0),"
                    + " COALESCE(SUM(refused IS NOT NULL), 0), MAX(sent) FROM outbox");
                    ResultSet row = select.executeQuery()) {
                row.next();
                long last = row.getLong(4);
                Optional<Instant> lastSent = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last));
                return new OutboxCounts(row.getLong(1), row.getLong(2), row.getLong(3), lastSent);
            }
        });
    }

    @Override
    public List<RefusedStatement> refusals() throws ProgressException {
        return Sql.run(access, "read the refused statements", false, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT verb, row_id, learner_id, queued,"
                    + " refused FROM outbox WHERE refused IS NOT NULL ORDER BY queued, rowid");
                    ResultSet rows = select.executeQuery()) {
                List<RefusedStatement> refused = new ArrayList<>();
                while (rows.next()) {
                    refused.add(new RefusedStatement(XapiStatements.statementId(rows.getString(1), rows.getString(2)),
                            rows.getString(1), rows.getString(3), Instant.ofEpochMilli(rows.getLong(4)),
                            rows.getString(5)));
                }
                return refused;
            }
        });
    }
}
