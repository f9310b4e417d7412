package org.sendero.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.certificates.CertificateIssuer;
import org.sendero.certificates.CertificateVerifier;
import org.sendero.certificates.Field;
import org.sendero.certificates.OfficeIdentity;
import org.sendero.certificates.Verification;
import org.sendero.cli.internal.CommandLineService;
import org.sendero.content.ContentLibrary;
import org.sendero.content.authoring.SigningKeys;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;
import org.sendero.core.quiz.QuizScore;
import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.CompletionService;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.LessonRef;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.QuizRef;

/**
 * Once an office is set, completing a course issues its certificate by itself, in the office's
 * language, signed by its key; without an office nothing is issued until asked for.
 */
class AutomaticCertificateTest {

    private static final String OFFICE = "Bureau de l'immigration de Ouanaminthe";

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) throws InterruptedException {
        out.reset();
        err.reset();
        return ServicesTest.service(CommandLineService.class).execute(List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void noOfficeForTheOtherTests() throws Exception {
        ServicesTest.service(OfficeIdentity.class).clear();
    }

    private static Pack starter() throws Exception {
        ContentLibrary library = ServicesTest.service(ContentLibrary.class);
        if (library.installed().stream().noneMatch(installed -> installed.info().id().equals("sendero-starter"))) {
            library.install(ContentServicesTest.STARTER, true);
        }
        return library.load("sendero-starter").pack().orElseThrow();
    }

    /** Reads every lesson and passes every quiz of the course, then records what is complete. */
    private static List<Completion> completeCourse(Learner learner, Pack pack, Course course) throws Exception {
        ProgressStore store = ServicesTest.service(ProgressStore.class);
        for (Module module : course.modules()) {
            for (String lesson : module.lessonIds()) {
                store.lessonRead(learner.id(), new LessonRef(pack.id(), course.id(), module.id(), lesson), "fr");
            }
            Optional<Quiz> quiz = module.quiz("en");
            if (quiz.isPresent()) {
                Attempt attempt = store.startAttempt(learner.id(),
                        new QuizRef(pack.id(), course.id(), module.id(), quiz.get().id(), "en"), 3);
                store.finishAttempt(attempt.id(), new QuizScore(quiz.get().id(), quiz.get().items().size(),
                        List.of(), 0.95, quiz.get().passMark()), Duration.ofMinutes(3));
            }
        }
        return ServicesTest.service(CompletionService.class).update(learner.id(), pack);
    }

    @Test
    void completingACourseIssuesItsCertificateOnlyOnceAnOfficeIsSet() throws Exception {
        Pack pack = starter();
        Course course = pack.courses().get(0);
        Learners learners = ServicesTest.service(Learners.class);
        CertificateIssuer issuer = ServicesTest.service(CertificateIssuer.class);
        Learner before = learners.add("Jean-Baptiste Avant " + System.nanoTime(), Optional.empty());
        Learner after = learners.add("Nadège Après " + System.nanoTime(), Optional.empty());

        List<Completion> first = completeCourse(before, pack, course);
        assertTrue(first.stream().anyMatch(c -> c.moduleId().isEmpty() && c.courseId().equals(course.id())),
                first.toString());

        Path key = SigningKeys.generate(temp, "office").file();
        assertEquals(0, run("certificate", "office", "--key", key.toString(), "--office", OFFICE, "--lang", "fr",
                "--paper", "a4"), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("certificate", "office"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Issued by " + OFFICE + " with the key " + key),
                out.toString(StandardCharsets.UTF_8));

        completeCourse(after, pack, course);
        Path pdf = waitForIssued(issuer, after, course);
        Verification verified = ServicesTest.service(CertificateVerifier.class).verifyPdf(pdf);
        assertTrue(verified.valid(), verified.reason());
        assertEquals(after.name(), verified.certificate().orElseThrow().fields().get(Field.LEARNER));
        assertEquals(OFFICE, verified.certificate().orElseThrow().office());
        assertEquals("fr", verified.certificate().orElseThrow().language(), "in the office's language");
        // one writer takes completions in turn: the earlier learner's would be there by now
        assertFalse(issuer.issued(before.name(), course.id()).isPresent(),
                "a course completed before the office was set has no certificate until one is asked for");
    }

    private static Path waitForIssued(CertificateIssuer issuer, Learner learner, Course course)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            Optional<Path> issued = issuer.issued(learner.name(), course.id());
            if (issued.isPresent()) {
                return issued.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no certificate was issued for " + learner.name());
    }

    @Test
    void anOfficeWhoseKeyCannotSignIsRefusedInOneLineAndNothingIsKept() throws Exception {
        Path missing = temp.resolve("no-such.key");
        assertEquals(1, run("certificate", "office", "--key", missing.toString(), "--office", OFFICE));
        assertEquals("sendero certificate: " + missing + ": no such key file\n", err.toString(StandardCharsets.UTF_8));
        assertTrue(ServicesTest.service(OfficeIdentity.class).settings().isEmpty());
        assertEquals(2, run("certificate", "office", "--key", missing.toString()));
        assertEquals(2, run("certificate", "issue", "--learner", "Nadie", "--course", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("sendero certificate office --key KEY"),
                err.toString(StandardCharsets.UTF_8));
    }
}
