package org.sendero.progress.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.core.content.ContentLink;
import org.sendero.progress.Note;
import org.sendero.progress.Notes;
import org.sendero.progress.ProgressException;
import org.sendero.progress.internal.db.DatabaseAccess;

/** The learners' notes in the progress database's note table. */
@Component(service = Notes.class)
public final class NotesService implements Notes {

    private static final String COLUMNS = "id, learner_id, pack_id, kind, document_id, lang, anchor, quote,"
            + " before_text, after_text, body, created, updated";

    private final DatabaseAccess access;

    @Activate
    public NotesService(@Reference DatabaseAccess access) {
        this.access = access;
    }

    @Override
    public List<Note> list(String learnerId) throws ProgressException {
        return Sql.run(access, "list notes", false, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM note WHERE learner_id = ? ORDER BY pack_id, kind, document_id, created, id")) {
                select.setString(1, learnerId);
                try (ResultSet rows = select.executeQuery()) {
                    List<Note> notes = new ArrayList<>();
                    while (rows.next()) {
                        notes.add(note(rows));
                    }
                    return notes;
                }
            }
        });
    }

    @Override
    public Note add(String learnerId, Note draft) throws ProgressException {
        // as stored: the note returned equals the one read back
        Instant now = access.database().now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Note note = draft.stored(UUID.randomUUID().toString(), learnerId, now, now);
        return Sql.run(access, "add note", true, connection -> {
            requireLearner(connection, learnerId);
            insert(connection, note, false);
            return note;
        });
    }

    @Override
    public Note update(String learnerId, String noteId, String body) throws ProgressException {
        Instant now = access.database().now();
        return Sql.run(access, "change note", true, connection -> {
            try (PreparedStatement update = connection
                    .prepareStatement("UPDATE note SET body = ?, updated = ? WHERE learner_id = ? AND id = ?")) {
                update.setString(1, body == null ? "" : body);
                update.setLong(2, now.toEpochMilli());
                update.setString(3, learnerId);
                update.setString(4, noteId);
                if (update.executeUpdate() != 1) {
                    throw new Sql.UserError("no note with id " + noteId);
                }
            }
            try (PreparedStatement select = connection
                    .prepareStatement("SELECT " + COLUMNS + " FROM note WHERE learner_id = ? AND id = ?")) {
                select.setString(1, learnerId);
                select.setString(2, noteId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return note(row);
                }
            }
        });
    }

    @Override
    public void delete(String learnerId, String noteId) throws ProgressException {
        Sql.run(access, "delete note", true, connection -> {
            try (PreparedStatement delete = connection
                    .prepareStatement("DELETE FROM note WHERE learner_id = ? AND id = ?")) {
                delete.setString(1, learnerId);
                delete.setString(2, noteId);
                if (delete.executeUpdate() != 1) {
                    throw new Sql.UserError("no note with id " + noteId);
                }
            }
            return null;
        });
    }

    @Override
    public int restore(String learnerId, List<Note> notes) throws ProgressException {
        return Sql.run(access, "import notes", true, connection -> {
            requireLearner(connection, learnerId);
            for (Note note : notes) {
                insert(connection, note.stored(note.id(), learnerId, note.created(), note.updated()), true);
            }
            return notes.size();
        });
    }

    private static void insert(Connection connection, Note note, boolean replace) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement((replace ? "INSERT OR REPLACE" : "INSERT")
                + " INTO note (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, note.id());
            insert.setString(2, note.learnerId());
            insert.setString(3, note.packId());
            insert.setString(4, note.kind().scheme());
            insert.setString(5, note.documentId());
            insert.setString(6, note.lang());
            insert.setString(7, note.anchor());
            insert.setString(8, note.quote());
            insert.setString(9, note.before());
            insert.setString(10, note.after());
            insert.setString(11, note.body());
            insert.setLong(12, note.created().toEpochMilli());
            insert.setLong(13, note.updated().toEpochMilli());
            insert.executeUpdate();
        }
    }

    private static void requireLearner(Connection connection, String learnerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM learner WHERE id = ?")) {
            select.setString(1, learnerId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new Sql.UserError("no learner with id " + learnerId);
                }
            }
        }
    }

    private static Note note(ResultSet row) throws SQLException {
        return new Note(row.getString(1), row.getString(2), row.getString(3),
                ContentLink.Kind.valueOf(row.getString(4).toUpperCase(Locale.ROOT)), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                row.getString(11), Instant.ofEpochMilli(row.getLong(12)), Instant.ofEpochMilli(row.getLong(13)));
    }
}
