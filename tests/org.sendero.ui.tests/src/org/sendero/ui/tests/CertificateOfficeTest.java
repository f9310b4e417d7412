package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.certificates.CertificateIssuer;
import org.sendero.certificates.CertificateVerifier;
import org.sendero.certificates.OfficeIdentity;
import org.sendero.certificates.OfficeSettings;
import org.sendero.certificates.Paper;
import org.sendero.certificates.Verification;
import org.sendero.content.authoring.SigningKeys;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;
import org.sendero.core.quiz.QuizScore;
import org.sendero.progress.Attempt;
import org.sendero.progress.CompletionService;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.LessonRef;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.QuizRef;
import org.sendero.ui.internal.certificates.Messages;
import org.sendero.ui.internal.certificates.OfficeDialog;
import org.sendero.ui.internal.home.CourseCard;
import org.sendero.ui.internal.home.HomePart;
import org.sendero.ui.learners.CurrentLearner;
import org.sendero.ui.library.LibraryModel;

/**
 * The trainer sets the issuing office in its dialog (a key that cannot sign is refused there); a
 * learner's complete course then has a Certificate button on Home that finds or makes the signed
 * PDF and says where it is, and without an office says whom to ask.
 */
class CertificateOfficeTest {

    private static final Duration LOAD = Duration.ofSeconds(120);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private PartHarness window;
    private OfficeIdentity identity;
    private OfficeDialog dialog;

    @BeforeEach
    void openWindow() throws Exception {
        window = new PartHarness();
        identity = window.context.get(OfficeIdentity.class);
        identity.clear();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (dialog != null) {
            dialog.close();
        }
        identity.clear();
        window.close();
    }

    @Test
    void theOfficeIsSetInItsDialogAndAKeyThatCannotSignIsRefusedThere() throws Exception {
        dialog = new OfficeDialog(window.shell, identity);
        dialog.setBlockOnOpen(false);
        dialog.open();
        assertFalse(dialog.automatic().getSelection(), "no office yet");
        assertFalse(dialog.office().isEnabled(), "nothing to fill in while certificates are issued on request");

        dialog.automatic().setSelection(true);
        dialog.automatic().notifyListeners(SWT.Selection, new Event());
        assertTrue(dialog.office().isEnabled());
        Path missing = temp.resolve("missing.key");
        dialog.key().setText(missing.toString());
        ok();
        assertEquals(Messages.Office_noName, dialog.problemText(), "the name comes first");
        dialog.office().setText("Oficina de Migración de Peñas Blancas");
        ok();
        assertEquals(NLS.bind(Messages.Office_noKey, missing), dialog.problemText(), "said in the user's language");
        assertTrue(identity.settings().isEmpty(), "nothing kept");
        window.screenshot("certificate-office-refused");

        Path notAKey = Files.writeString(temp.resolve("notes.txt"), "not a key\n");
        dialog.key().setText(notAKey.toString());
        ok();
        String lead = Messages.Office_keyRefused.substring(0, Messages.Office_keyRefused.indexOf("{0}"));
        assertTrue(dialog.problemText().startsWith(lead) && dialog.problemText().contains(notAKey.toString()),
                "the user's language first, then the technical reason: " + dialog.problemText());
        window.spin(Duration.ofMillis(200));
        Label problem = dialog.problem();
        int wanted = problem.computeSize(problem.getSize().x, SWT.DEFAULT).y;
        Rectangle shown = dialog.getShell().getDisplay().map(problem.getParent(), dialog.getShell(),
                problem.getBounds());
        assertTrue(problem.getSize().y >= wanted && shown.y + shown.height <= dialog.getShell().getClientArea().height,
                "the reason is shown whole: " + problem.getSize() + " of " + wanted + " pixels");
        assertTrue(identity.settings().isEmpty(), "nothing kept");

        Path key = SigningKeys.generate(temp, "office").file();
        dialog.key().setText(key.toString());
        dialog.language().select(1);
        dialog.paper().select(1);
        ok();
        assertEquals(Optional.of(new OfficeSettings("Oficina de Migración de Peñas Blancas", key, "fr", Paper.A4)),
                identity.settings());
        dialog = null;
    }

    private void ok() {
        Button ok = Controls.all(dialog.getShell(), Button.class).stream()
                .filter(button -> button.getText().replace("&", "").equals(
                        org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL.replace("&", "")))
                .findFirst().orElseThrow();
        ok.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void aCompleteCourseOnHomeGivesItsCertificateOnceAnOfficeIsSet() throws Exception {
        LibraryModel model = ContextInjectionFactory.make(LibraryModel.class, window.context);
        model.loaded();
        window.until(() -> !model.packs().isEmpty(), LOAD, "the library is read");
        Pack pack = model.packs().stream().filter(p -> p.id().equals("sendero-starter")).findFirst().orElseThrow();
        Course course = pack.courses().get(0);
        Learner learner = window.context.get(Learners.class)
                .add("Yolanda Ñ " + UUID.randomUUID().toString().substring(0, 8), Optional.empty());
        complete(learner, pack, course);
        HomePart home = window.part(HomePart.class);
        ContextInjectionFactory.make(CurrentLearner.class, window.context).set(learner);
        // Home may first show the learner chosen before (another test's): wait for this learner's cards
        window.until(() -> home.greetingText().contains(learner.name())
                && home.cards().stream().anyMatch(card -> card.certificate().isPresent()), LOAD,
                () -> "the complete course's card offers its certificate; Home shows \"" + home.greetingText()
                        + "\" and " + home.cards().stream().map(CourseCard::courseKey).toList() + ", progress of "
                        + progressOf(learner, pack, course));
        CourseCard card = home.cards().stream().filter(c -> c.certificate().isPresent()).findFirst().orElseThrow();
        assertEquals(pack.id() + "/" + course.id(), card.courseKey());
        assertEquals(1, home.cards().stream().filter(c -> c.certificate().isPresent()).count(),
                "only a complete course has one");

        card.certificate().get().notifyListeners(SWT.Selection, new Event());
        window.until(() -> card.certificateNote().get().getText().equals(Messages.Home_notSetUp), WAIT,
                "says whom to ask: " + card.certificateNote().get().getText());

        Path key = SigningKeys.generate(temp, "office").file();
        identity.save(new OfficeSettings("Oficina de Migración de Peñas Blancas", key, "es", Paper.LETTER));
        card.certificate().get().notifyListeners(SWT.Selection, new Event());
        window.until(() -> card.certificateNote().get().getText().startsWith(NLS.bind(Messages.Home_opened, "")),
                WAIT, "says where the certificate is: " + card.certificateNote().get().getText());
        Path pdf = window.context.get(CertificateIssuer.class).issued(learner.name(), course.id()).orElseThrow();
        assertEquals(NLS.bind(Messages.Home_opened, pdf), card.certificateNote().get().getText());
        assertTrue(Files.size(pdf) > 0);
        Verification verified = window.context.get(CertificateVerifier.class).verifyPdf(pdf);
        assertTrue(verified.valid(), verified.reason());
        window.screenshot("home-certificate");
    }

    private String progressOf(Learner learner, Pack pack, Course course) {
        try {
            return window.context.get(CompletionService.class).course(learner.id(), pack.id(), course).toString();
        } catch (org.sendero.progress.ProgressException e) {
            return e.toString();
        }
    }

    private void complete(Learner learner, Pack pack, Course course) throws Exception {
        ProgressStore store = window.context.get(ProgressStore.class);
        for (Module module : course.modules()) {
            for (String lesson : module.lessonIds()) {
                store.lessonRead(learner.id(), new LessonRef(pack.id(), course.id(), module.id(), lesson), "es");
            }
            Optional<Quiz> quiz = module.quiz("es");
            if (quiz.isPresent()) {
                Attempt attempt = store.startAttempt(learner.id(),
                        new QuizRef(pack.id(), course.id(), module.id(), quiz.get().id(), "es"), 5);
                store.finishAttempt(attempt.id(), new QuizScore(quiz.get().id(), quiz.get().items().size(),
                        List.of(), 1.0, quiz.get().passMark()), Duration.ofMinutes(2));
            }
        }
        window.context.get(CompletionService.class).update(learner.id(), pack);
    }
}
