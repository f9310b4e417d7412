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

    private static final int LONGEST_NAME = 60;

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
        String clean = checkName(name);
        pin.ifPresent(PinHash::checkFormat);
        Optional<PinHash> hash = pin.map(p -> PinHash.create(p, pinIterations));
        Instant now = access.database().now();
        return Sql.run(access, "add learner", true, connection -> {
            requireFreeName(connection, clean, null);
            String id = UUID.randomUUID().toString();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO learner (id, name, name_key, created,"
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
        String clean = checkName(newName);
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

    @Override
    public PinCheck checkPin(String learnerId, String pin) throws ProgressException {
        ProgressDatabase database = access.database();
        // read, hash outside the transaction (it takes a moment), then record the outcome
        StoredPin stored = Sql.run(access, "check PIN", false, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT pin_hash, pin_salt, pin_iterations, failed_pins, retry_after FROM learner WHERE id = ?")) {
                select.setString(1, learnerId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new Sql.UserError("no learner with id " + learnerId);
                    }
                    byte[] hash = row.getBytes(1);
                    long retryAfter = row.getLong(5);
                    return new StoredPin(hash == null ? null : new PinHash(hash, row.getBytes(2), row.getInt(3)),
                            row.getInt(4), row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(retryAfter)));
                }
            }
        });
        if (stored.hash == null) {
            return new PinCheck(PinCheck.Outcome.ACCEPTED, Optional.empty());
        }
        Instant now = database.now();
        if (stored.retryAfter.isPresent() && now.isBefore(stored.retryAfter.get())) {
            return new PinCheck(PinCheck.Outcome.WAIT, stored.retryAfter);
        }
        boolean right = stored.hash.matches(pin);
        int failures = right ? 0 : stored.failures + 1;
        Optional<Instant> retryAfter = right ? Optional.empty() : PinBackoff.after(failures).map(now::plus);
        Sql.run(access, "record PIN check", true, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE learner SET failed_pins = ?, retry_after = ? WHERE id = ?")) {
                update.setInt(1, failures);
                update.setObject(2, retryAfter.map(Instant::toEpochMilli).orElse(null));
                update.setString(3, learnerId);
                update.executeUpdate();
            }
            return null;
        });
        return new PinCheck(right ? PinCheck.Outcome.ACCEPTED : PinCheck.Outcome.WRONG, retryAfter);
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

    private record StoredPin(PinHash hash, int failures, Optional<Instant> retryAfter) {
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

    private static String checkName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a learner's name is empty");
        }
        if (clean.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("a learner's name is longer than " + LONGEST_NAME + " characters");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a learner's name contains control characters");
        }
        return clean;
    }
}
