package org.sendero.certificates.internal.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.sendero.certificates.Certificate;
import org.sendero.certificates.CertificateException;
import org.sendero.certificates.Score;
import org.sendero.core.content.Course;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.PackInfo;
import org.sendero.core.content.PackVersion;
import org.sendero.progress.CourseProgress;
import org.sendero.progress.ModuleProgress;

/** A certificate states a completed course, and is never issued before the course is complete. */
class CertificateDraftTest {

    private static final Instant COMPLETED = Instant.parse("2026-12-07T23:30:00Z");

    private final Module m1 = new Module("m1", new LocalizedText(Map.of("en", "Smuggling", "es", "Tráfico ilícito")),
            LocalizedText.empty(), Map.of(), List.of("l1"), List.of(), List.of(), List.of("en", "es"));
    private final Module m2 = new Module("m2", LocalizedText.of("en", "Referral"), LocalizedText.empty(), Map.of(),
            List.of("l2"), List.of(), List.of(), List.of("en"));
    private final Course course = new Course("c1",
            new LocalizedText(Map.of("en", "Border interviews", "es", "Entrevistas en la frontera")),
            LocalizedText.empty(), List.of("en", "es"), List.of(m1, m2), 70);
    private final Pack pack = new Pack(new PackInfo("office-pack", PackVersion.parse("1.2.0"),
            LocalizedText.of("en", "Office pack"), LocalizedText.empty(), List.of("en"), List.of("Trainers"),
            "CC-BY-4.0"), List.of(), List.of(course), List.of());

    private static ModuleProgress module(String id, boolean read, boolean hasQuiz, boolean passed, double best) {
        return new ModuleProgress("office-pack", "c1", id, read ? List.of("l") : List.of(), 1, hasQuiz, passed, 1,
                Integer.MAX_VALUE, hasQuiz ? OptionalDouble.of(best) : OptionalDouble.empty(), Duration.ZERO);
    }

    @Test
    void aCompleteCourseGivesItsFieldsAndBestScores() throws Exception {
        CourseProgress done = new CourseProgress("office-pack", "c1",
                List.of(module("m1", true, true, true, 0.866), module("m2", true, false, false, 0)));

        CertificateDraft draft = CertificateDraft.of("Ana", pack, course, done, COMPLETED, "es", "Oficina Norte",
                ZoneId.of("America/Mexico_City"));

        Certificate certificate = draft.certificate();
        assertEquals("Entrevistas en la frontera", certificate.courseTitle());
        assertEquals("1.2.0", certificate.packVersion());
        assertEquals(LocalDate.of(2026, 12, 7), certificate.date(), "the day in the office's time zone");
        assertEquals(List.of(new Score("m1", 87)), certificate.scores());
        assertEquals("Tráfico ilícito", draft.titles().get("m1"));
    }

    @Test
    void aCourseNotYetCompleteIsRefused() {
        CourseProgress unfinished = new CourseProgress("office-pack", "c1",
                List.of(module("m1", true, true, false, 0.5), module("m2", true, false, false, 0)));

        CertificateException refused = assertThrows(CertificateException.class, () -> CertificateDraft.of("Ana", pack,
                course, unfinished, COMPLETED, "en", "Oficina Norte", ZoneId.of("UTC")));

        assertEquals("Ana has completed 1 of 2 modules of the course c1; a certificate is issued only for a"
                + " complete course", refused.getMessage());
    }

    @Test
    void aNameThatCannotBePrintedOnOneLineIsRefused() {
        CourseProgress done = new CourseProgress("office-pack", "c1",
                List.of(module("m1", true, true, true, 1), module("m2", true, false, false, 0)));

        CertificateException refused = assertThrows(CertificateException.class, () -> CertificateDraft.of(
                "Ana\nGarcía", pack, course, done, COMPLETED, "en", "Oficina Norte", ZoneId.of("UTC")));

        assertTrue(refused.getMessage().contains("line break"), refused.getMessage());
    }
}
