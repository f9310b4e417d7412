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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.certificates.CertificateVerifier;
import org.sendero.certificates.Field;
import org.sendero.cli.internal.CommandLineService;
import org.sendero.content.ContentLibrary;
import org.sendero.content.authoring.SigningKeys;
import org.sendero.core.SenderoEnvironment;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;
import org.sendero.core.quiz.QuizScore;
import org.sendero.progress.Attempt;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.LessonRef;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.QuizRef;

/**
 * sendero certificate inside OSGi, with the starter pack and the progress database: no certificate
 * before the course is complete, then one that verifies, and fails once its learner's name is edited.
 */
class CertificateServicesTest {

    private static final String OFFICE = "Oficina de Migración de Tecún Umán";

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

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void complete(ProgressStore store, Learner learner, Pack pack, Course course, Module module)
            throws Exception {
        for (String lesson : module.lessonIds()) {
            store.lessonRead(learner.id(), new LessonRef(pack.id(), course.id(), module.id(), lesson), "en");
        }
        Optional<Quiz> quiz = module.quiz("en");
        if (quiz.isPresent()) {
            Attempt attempt = store.startAttempt(learner.id(),
                    new QuizRef(pack.id(), course.id(), module.id(), quiz.get().id(), "en"), 7);
            store.finishAttempt(attempt.id(), new QuizScore(quiz.get().id(), quiz.get().items().size(), List.of(),
                    0.9, quiz.get().passMark()), Duration.ofMinutes(4));
        }
    }

    @Test
    void aCertificateIsIssuedOnlyForACompleteCourseAndAnEditedNameFailsVerification() throws Exception {
        Learners learners = ServicesTest.service(Learners.class);
        ProgressStore store = ServicesTest.service(ProgressStore.class);
        ContentLibrary library = ServicesTest.service(ContentLibrary.class);
        // the starter pack, whatever an earlier test installed or removed
        if (library.installed().stream().noneMatch(installed -> installed.info().id().equals("sendero-starter"))) {
            library.install(ContentServicesTest.STARTER, true);
        }
        Pack pack = library.load("sendero-starter").pack().orElseThrow();
        Course course = pack.courses().get(0);
        Learner learner = learners.add("Rosa Quiñónez " + System.nanoTime(), Optional.empty());
        Path key = SigningKeys.generate(temp, "office").file();
        String[] issue = { "certificate", "issue", "--learner", learner.name(), "--course", course.id(), "--key",
                key.toString(), "--office", OFFICE, "--lang", "es" };
        Path certificates = ServicesTest.service(SenderoEnvironment.class).dataFolder().root().resolve("certificates");

        complete(store, learner, pack, course, course.modules().get(0));
        assertEquals(1, run(issue));
        assertEquals("sendero certificate: " + learner.name() + " has completed 1 of " + course.modules().size()
                + " modules of the course " + course.id() + "; a certificate is issued only for a complete course\n",
                err());
        assertFalse(Files.exists(certificates.resolve(learner.name())), "nothing is written for a refused one");

        for (Module module : course.modules()) {
            complete(store, learner, pack, course, module);
        }
        assertEquals(0, run(issue), err());
        Path pdf = certificates.resolve(learner.name()).resolve(course.id() + ".pdf");
        assertTrue(out().startsWith("Issued " + pdf + "\nsigned by " + OFFICE + " (SHA256:"), out());
        String code = out().substring(out().indexOf("code: ") + 6).strip();

        assertEquals(0, run("certificate", "verify", pdf.toString()), err());
        assertTrue(out().startsWith(pdf + ": valid: signed by " + OFFICE), out());
        assertTrue(out().contains("  learner: " + learner.name() + "\n"), out());
        assertEquals(0, run("certificate", "verify", code), err());

        Path edited = temp.resolve("edited.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            document.getDocumentInformation().setCustomMetadataValue("Sendero-learner", "Rosa Quiñónez Changed");
            document.save(edited.toFile());
        }
        assertEquals(1, run("certificate", "verify", edited.toString()));
        assertTrue(err().startsWith(edited + ": the learner's name was changed: the PDF says 'Rosa Quiñónez Changed'"),
                err());
        assertEquals(1, err().lines().count());
        assertEquals(List.of(Field.LEARNER),
                ServicesTest.service(CertificateVerifier.class).verifyPdf(edited).changed());
    }
}
