package org.sendero.certificates.internal.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendero.certificates.Certificate;
import org.sendero.certificates.CertificateException;
import org.sendero.certificates.Score;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.progress.CourseProgress;
import org.sendero.progress.ModuleProgress;

/**
 * What a certificate will state, from a learner's progress in a course. Refuses a course that is
 * not complete: a certificate is never issued early.
 *
 * @param titles module id to its title in the certificate's language, for the printed scores
 */
public record CertificateDraft(Certificate certificate, Map<String, String> titles) {

    /**
     * @param completed when the course's completion was recorded
     * @param zone the office's time zone, which decides the printed day
     */
    public static CertificateDraft of(String learner, Pack pack, Course course, CourseProgress progress,
            Instant completed, String language, String office, ZoneId zone) throws CertificateException {
        if (!progress.complete()) {
            throw new CertificateException(learner + " has completed " + progress.modulesComplete() + " of "
                    + progress.modules().size() + " modules of the course " + course.id()
                    + "; a certificate is issued only for a complete course");
        }
        if (!Certificate.LANGUAGES.contains(language)) {
            throw new CertificateException("a certificate is printed in en, es or fr, not '" + language + "'");
        }
        List<Score> scores = progress.modules().stream()
                .filter(module -> module.hasQuiz() && module.bestScaled().isPresent())
                .map(CertificateDraft::score).toList();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Module module : course.modules()) {
            titles.put(module.id(), module.title().in(language));
        }
        try {
            Certificate certificate = new Certificate(language, learner, course.id(), course.title().in(language),
                    pack.id(), pack.info().version().toString(), LocalDate.ofInstant(completed, zone), scores, office);
            return new CertificateDraft(certificate, titles);
        } catch (IllegalArgumentException e) {
            throw new CertificateException(e.getMessage(), e);
        }
    }

    private static Score score(ModuleProgress module) {
        return new Score(module.moduleId(), (int) Math.round(module.bestScaled().getAsDouble() * 100));
    }
}
