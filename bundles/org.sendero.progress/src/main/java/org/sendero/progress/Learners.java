package org.sendero.progress;

import java.util.List;
import java.util.Optional;

/**
 * The learner profiles of this PC. A PIN is optional; it is stored only as a salted PBKDF2 hash,
 * and repeated wrong PINs make the next try wait longer. A service.
 */
public interface Learners {

    /** Every learner, by name. */
    List<Learner> list() throws ProgressException;

    /** The learner whose name matches ignoring case, accents and spacing. */
    Optional<Learner> byName(String name) throws ProgressException;

    /**
     * Adds a learner. Names are unique ignoring case, accents and spacing.
     *
     * @param pin 4 to 12 digits, or empty for none
     */
    Learner add(String name, Optional<String> pin) throws ProgressException;

    Learner rename(String learnerId, String newName) throws ProgressException;

    /** Sets, changes or (with empty) removes the PIN. */
    void setPin(String learnerId, Optional<String> pin) throws ProgressException;

    /** Checks a PIN; the count of wrong PINs survives restarts, so the waiting cannot be skipped. */
    PinCheck checkPin(String learnerId, String pin) throws ProgressException;

    /** Deletes the learner and everything recorded for them, overwriting it in the database file. */
    void remove(String learnerId) throws ProgressException;
}
