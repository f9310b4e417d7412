package org.sendero.progress.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstalledPack;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;

/** The installed packs as the command line sees them, and their quizzes by id. */
final class InstalledQuizzes {

    /** A quiz in one language and where it sits. */
    record Located(Pack pack, Course course, Module module, Quiz quiz) {
    }

    private final List<Pack> packs;

    private InstalledQuizzes(List<Pack> packs) {
        this.packs = packs;
    }

    static InstalledQuizzes of(ContentLibrary library) throws ContentException {
        List<Pack> packs = new ArrayList<>();
        for (InstalledPack installed : library.installed()) {
            library.load(installed.info().id()).pack().ifPresent(packs::add);
        }
        return new InstalledQuizzes(packs);
    }

    List<Pack> packs() {
        return packs;
    }

    /** The quiz {@code quizId} in {@code lang}, else in any language it exists in. */
    Optional<Located> find(String quizId, String lang) {
        for (Pack pack : packs) {
            for (Course course : pack.courses()) {
                for (Module module : course.modules()) {
                    boolean here = module.quizzes().stream().anyMatch(q -> q.id().equals(quizId));
                    if (here) {
                        return module.quiz(lang).map(quiz -> new Located(pack, course, module, quiz));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every quiz id with its module, for the list shown when no quiz is named. */
    List<Located> all(String lang) {
        List<Located> all = new ArrayList<>();
        for (Pack pack : packs) {
            for (Course course : pack.courses()) {
                for (Module module : course.modules()) {
                    module.quiz(lang).ifPresent(quiz -> all.add(new Located(pack, course, module, quiz)));
                }
            }
        }
        return all;
    }
}
