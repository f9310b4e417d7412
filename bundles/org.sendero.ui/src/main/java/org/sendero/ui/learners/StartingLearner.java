package org.sendero.ui.learners;

import java.util.List;
import java.util.Optional;

import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressException;

/**
 * Who can start learning without being asked: on a brand-new data folder a first learner named
 * after the person logged in to the computer (renamed later from the chooser), and on a PC with
 * one learner without a PIN that learner. Anything else needs the chooser.
 */
public record StartingLearner(Learners learners) {

    /** The learner to start with at once, or empty when the person has to choose. */
    public Optional<Learner> withoutAsking(String systemUser) throws ProgressException {
        List<Learner> all = learners.list();
        if (all.isEmpty()) {
            return Optional.of(learners.add(firstName(systemUser), Optional.empty()));
        }
        if (all.size() == 1 && !all.get(0).hasPin()) {
            return Optional.of(all.get(0));
        }
        return Optional.empty();
    }

    /** A readable name from a login such as "ana.lopez": a blank login gives a neutral one. */
    static String firstName(String systemUser) {
        String name = systemUser == null ? "" : systemUser.replace('.', ' ').replace('_', ' ').strip();
        if (name.isEmpty()) {
            return Messages.StartingLearner_defaultName;
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
