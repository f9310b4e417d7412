package org.sendero.progress.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.core.quiz.TextNormalizer;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.PinCheck;
import org.sendero.progress.ProgressException;
import org.sendero.progress.internal.db.DatabaseAccess;
import org.sendero.progress.internal.db.ProgressDatabase;
import org.sendero.progress.internal.pin.PinBackoff;
import org.sendero.progress.internal.pin.PinHash;

/** Learner profiles in the progress database. */
@Component(service = Learners.class)
public final class LearnersService implements Learners {

    private final DatabaseAccess access;
    private final int pinIterations;

    @Activate
    public LearnersService(@Reference DatabaseAccess access) {
        this(access, PinHash.ITERATIONS);
    }

    /** With fewer PBKDF2 iterations for tests, which hash many PINs. */
    public LearnersService(DatabaseAccess access, int pinIterations) {
        this.access = access;
        this.pinIterations = pinIterations;
    }

    @Override
    public List<Learner> list() throws ProgressException {
        return Sql.run(access, "list learners", false, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name, pin_hash IS NOT NULL, created FROM learner ORDER BY name_key");
                    ResultSet rows = select.executeQuery()) {
                List<Learner> learners = new ArrayList<>();
                while (rows.next()) {
                    learners.add(learner(rows));
                }
                return learners;
            }
        });
    }

    @Override
    public Optional<Learner> byName(String name) throws ProgressException {
        return Sql.run(access, "find learner", false, connection -> find(connection, "name_key", key(name)));
    }

    @Override
    public Learner add(String name, Optional<String> pin) throws ProgressException {
        String clean = LearnerNames.clean(name);
        pin.ifPresent(PinHash::checkFormat);
        Optional<PinHash> hash = pin.map(p -> PinHash.create(p, pinIterations));
        Instant now = access.database().now();
        return Sql.run(access, "add learner", true, connection -> {
            requireFreeName(connection, clean, null);
            String id = UUID.randomUUID().toString();
            try (PreparedStatement insert = connection
                    .prepareStatement("INSERT INTO learner (id, name, name_key, created,"
                            + " pin_hash, pin_salt, pin_iterations) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, clean);
                insert.setString(3, key(clean));
                insert.setLong(4, now.toEpochMilli());
                insert.setBytes(5, hash.map(PinHash::hash).orElse(null));
                insert.setBytes(6, hash.map(PinHash::salt).orElse(null));
                if (hash.isPresent()) {
                    insert.setInt(7, hash.get().iterations());
                } else {
                    insert.setNull(7, java.sql.Types.INTEGER);
                }
                insert.executeUpdate();
            }
            return new Learner(id, clean, hash.isPresent(), now);
        });
    }

    @Override
    public Learner rename(String learnerId, String newName) throws ProgressException {
        String clean = LearnerNames.clean(newName);
        return Sql.run(access, "rename learner", true, connection -> {
            requireFreeName(connection, clean, learnerId);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE learner SET name = ?, name_key = ? WHERE id = ?")) {
                update.setString(1, clean);
                update.setString(2, key(clean));
                update.setString(3, learnerId);
                requireOne(update.executeUpdate(), learnerId);
            }
            return find(connection, "id", learnerId).orElseThrow();
        });
    }

    @Override
    public void setPin(String learnerId, Optional<String> pin) throws ProgressException {
        pin.ifPresent(PinHash::checkFormat);
        Optional<PinHash> hash = pin.map(p -> PinHash.create(p, pinIterations));
        Sql.run(access, "set PIN", true, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE learner SET pin_hash = ?, pin_salt = ?,"
                    + " pin_iterations = ?, failed_pins = 0, retry_after = NULL WHERE id = ?")) {
                update.setBytes(1, hash.map(PinHash::hash).orElse(null));
                update.setBytes(2, hash.map(PinHash::salt).orElse(null));
                update.setObject(3, hash.map(PinHash::iterations).orElse(null));
                update.setString(4, learnerId);
                requireOne(update.executeUpdate(), learnerId);
            }
            return null;
        });
    }

    /**
     * Each try is counted as a wrong PIN before the PIN is hashed, in the write transaction that
     * checks the wait (SQLite's BEGIN IMMEDIATE, which the database's connections use): tries made
     * at the same time, from threads or from other processes, each see the ones before them, so
     * the wait cannot be bypassed by trying in parallel. The hash is computed outside the
     * transaction (it takes a moment and would hold everyone's writes); a right PIN then resets the
     * count. A crash between the two leaves the try counted, never a wrong PIN uncounted.
     */
    @Override
    public PinCheck checkPin(String learnerId, String pin) throws ProgressException {
        Instant now = access.database().now();
        PinTry counted = Sql.run(access, "check PIN", true, connection -> countTry(connection, learnerId, now));
        if (counted.answer().isPresent()) {
            return counted.answer().get();
        }
        if (!counted.stored().matches(pin)) {
            return new PinCheck(PinCheck.Outcome.WRONG, counted.retryAfter());
        }
        Sql.run(access, "record PIN check", true, connection -> {
            // only while the PIN is still the one checked: a PIN changed meanwhile keeps its own count
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE learner SET failed_pins = 0, retry_after = NULL WHERE id = ? AND pin_salt = ?")) {
                update.setString(1, learnerId);
                update.setBytes(2, counted.stored().salt());
                update.executeUpdate();
            }
            return null;
        });
        return new PinCheck(PinCheck.Outcome.ACCEPTED, Optional.empty());
    }

    /**
     * A try at a learner's PIN once counted: either answered already (no PIN, or waiting), or the
     * stored PIN to compare with and the wait that applies if the PIN is wrong.
     */
    private record PinTry(Optional<PinCheck> answer, PinHash stored, Optional<Instant> retryAfter) {
    }

    private static PinTry countTry(Connection connection, String learnerId, Instant now) throws SQLException {
        PinHash stored;
        int failures;
        Optional<Instant> waitUntil;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT pin_hash, pin_salt, pin_iterations, failed_pins, retry_after FROM learner WHERE id = ?")) {
            select.setString(1, learnerId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new Sql.UserError("no learner with id " + learnerId);
                }
                byte[] hash = row.getBytes(1);
                stored = hash == null ? null : new PinHash(hash, row.getBytes(2), row.getInt(3));
                failures = row.getInt(4);
                long retryAfter = row.getLong(5);
                waitUntil = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(retryAfter));
            }
        }
        if (stored == null) {
            return new PinTry(Optional.of(new PinCheck(PinCheck.Outcome.ACCEPTED, Optional.empty())), null,
                    Optional.empty());
        }
        if (waitUntil.isPresent() && now.isBefore(waitUntil.get())) {
            // not checked, so not counted: waiting out the time is all a learner can do
            return new PinTry(Optional.of(new PinCheck(PinCheck.Outcome.WAIT, waitUntil)), null, Optional.empty());
        }
        Optional<Instant> retryAfter = PinBackoff.after(failures + 1).map(now::plus);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE learner SET failed_pins = failed_pins + 1, retry_after = ? WHERE id = ?")) {
            update.setObject(1, retryAfter.map(Instant::toEpochMilli).orElse(null));
            update.setString(2, learnerId);
            update.executeUpdate();
        }
        return new PinTry(Optional.empty(), stored, retryAfter);
    }

    @Override
    public void remove(String learnerId) throws ProgressException {
        Sql.run(access, "remove learner", true, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM learner WHERE id = ?")) {
                delete.setString(1, learnerId);
                requireOne(delete.executeUpdate(), learnerId);
            }
            return null;
        });
        try {
            // the deleted rows are still in the write-ahead log until it is checkpointed
            access.database().checkpoint();
        } catch (SQLException e) {
            throw new ProgressException(access.database().file() + ": learner removed, but the log could not be"
                    + " emptied yet: " + ProgressDatabase.reason(e), e);
        }
    }

    private static Optional<Learner> find(Connection connection, String column, String value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, pin_hash IS NOT NULL, created FROM learner WHERE " + column + " = ?")) {
            select.setString(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(learner(row)) : Optional.empty();
            }
        }
    }

    private static Learner learner(ResultSet row) throws SQLException {
        return new Learner(row.getString(1), row.getString(2), row.getBoolean(3), Instant.ofEpochMilli(row.getLong(4)));
    }

    private static void requireFreeName(Connection connection, String name, String exceptId) throws SQLException {
        Optional<Learner> existing = find(connection, "name_key", key(name));
        if (existing.isPresent() && !existing.get().id().equals(exceptId)) {
            throw new Sql.UserError("a learner called '" + existing.get().name() + "' already exists");
        }
    }

    private static void requireOne(int updated, String learnerId) throws SQLException {
        if (updated != 1) {
            throw new Sql.UserError("no learner with id " + learnerId);
        }
    }

    /** Names compare as people read them: "José" and "jose " are the same learner. */
    static String key(String name) {
        return TextNormalizer.normalize(name == null ? "" : name);
    }
}
