package org.sendero.ui.internal.home;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.sendero.certificates.CertificateException;
import org.sendero.certificates.CertificateIssuer;
import org.sendero.certificates.OfficeIdentity;
import org.sendero.certificates.OfficeSettings;
import org.sendero.ui.internal.certificates.Messages;

/**
 * A complete course's "Certificate" on Home: opens the certificate issued when the course was
 * completed, issues it now when the office set up certificates after that, and otherwise says whom
 * to ask. The answer is a line on the card, not a dialog, so it never stands in the learner's way.
 */
final class CertificateAction {

    private final CertificateIssuer issuer;
    private final OfficeIdentity identity;
    private final UISynchronize ui;
    private final Predicate<Path> viewer;

    /** @param viewer opens a PDF in the computer's viewer; false when there is none */
    CertificateAction(CertificateIssuer issuer, OfficeIdentity identity, UISynchronize ui, Predicate<Path> viewer) {
        this.issuer = issuer;
        this.identity = identity;
        this.ui = ui;
        this.viewer = viewer;
    }

    static Predicate<Path> systemViewer() {
        return file -> Program.launch(file.toString());
    }

    /** Finds or makes the learner's certificate of the course, off the UI thread, then tells {@code say}. */
    void open(String learner, String courseId, Consumer<String> say) {
        CompletableFuture.supplyAsync(() -> certificate(learner, courseId)).thenAccept(outcome -> ui.asyncExec(() -> {
            if (outcome.file().isPresent()) {
                Path file = outcome.file().get();
                say.accept(NLS.bind(Messages.Home_opened, file));
                viewer.test(file);
            } else {
                say.accept(outcome.message());
            }
        }));
    }

    private record Outcome(Optional<Path> file, String message) {
    }

    private Outcome certificate(String learner, String courseId) {
        Optional<Path> issued = issuer.issued(learner, courseId);
        if (issued.isPresent()) {
            return new Outcome(issued, "");
        }
        try {
            Optional<OfficeSettings> office = identity.settings();
            if (office.isEmpty()) {
                return new Outcome(Optional.empty(), Messages.Home_notSetUp);
            }
            return new Outcome(Optional.of(issuer.issue(office.get().requestFor(learner, courseId)).file()), "");
        } catch (CertificateException | RuntimeException e) {
            return new Outcome(Optional.empty(), NLS.bind(Messages.Home_failed, e.getMessage()));
        }
    }
}
