package org.sendero.progress.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.PinCheck;
import org.sendero.progress.ProgressException;

/** Finds a learner by name and, when they have a PIN, asks for it. */
final class LearnerLookup {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private LearnerLookup() {
    }

    static Learner byName(Learners learners, String name) throws ProgressException {
        return learners.byName(name).orElseThrow(() -> new ProgressException("no learner called '" + name
                + "'; add one with: sendero learners add NAME"));
    }

    /** The learner when their PIN (if any) is right; an exception saying why not otherwise. */
    static Learner unlocked(Learners learners, String name, PinInput pins) throws IOException {
        Learner learner = byName(learners, name);
        if (!learner.hasPin()) {
            return learner;
        }
        Optional<String> pin = pins.read("PIN for " + learner.name() + ": ");
        if (pin.isEmpty()) {
            throw new ProgressException(learner.name() + " has a PIN and none was given");
        }
        PinCheck check = learners.checkPin(learner.id(), pin.get());
        return switch (check.outcome()) {
            case ACCEPTED -> learner;
            case WRONG -> throw new ProgressException("wrong PIN for " + learner.name()
                    + check.retryAfter().map(t -> "; the next try is possible after " + TIME.format(t)).orElse(""));
            case WAIT -> throw new ProgressException("too many wrong PINs for " + learner.name() + "; try again after "
                    + TIME.format(check.retryAfter().orElseThrow()));
        };
    }

    static void fail(PrintStream err, String command, Exception e) {
        err.println("sendero " + command + ": " + e.getMessage());
    }
}
