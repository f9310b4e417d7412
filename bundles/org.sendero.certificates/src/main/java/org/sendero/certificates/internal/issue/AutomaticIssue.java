package org.sendero.certificates.internal.issue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.sendero.certificates.CertificateException;
import org.sendero.certificates.CertificateIssuer;
import org.sendero.certificates.OfficeIdentity;
import org.sendero.certificates.OfficeSettings;
import org.sendero.progress.Completion;
import org.sendero.progress.CompletionListener;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressException;

/**
 * Issues a course's certificate as soon as a learner completes the course, when this PC has an
 * issuing office. Writing the PDF takes a moment, so it happens beside the answer that completed
 * the course, never in its way; a command that ends right after the answer waits for it on the way
 * out, so no certificate is left unwritten.
 */
@Component(service = CompletionListener.class)
public final class AutomaticIssue implements CompletionListener {

    private static final System.Logger LOG = System.getLogger(AutomaticIssue.class.getName());
    private static final long LONGEST_WAIT_SECONDS = 60;

    private final CertificateIssuer issuer;
    private final OfficeIdentity identity;
    private final Learners learners;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("sendero-certificates").daemon(true).factory());

    @Activate
    public AutomaticIssue(@Reference CertificateIssuer issuer, @Reference OfficeIdentity identity,
            @Reference Learners learners) {
        this.issuer = issuer;
        this.identity = identity;
        this.learners = learners;
    }

    @Override
    public void completed(String learnerId, List<Completion> recorded) {
        List<Completion> courses = recorded.stream().filter(c -> c.moduleId().isEmpty()).toList();
        if (!courses.isEmpty()) {
            writer.execute(() -> courses.forEach(course -> issue(learnerId, course)));
        }
    }

    private void issue(String learnerId, Completion course) {
        try {
            Optional<OfficeSettings> office = identity.settings();
            Optional<Learner> learner = learners.list().stream().filter(l -> l.id().equals(learnerId)).findFirst();
            if (office.isEmpty() || learner.isEmpty()) {
                return;
            }
            issuer.issue(office.get().requestFor(learner.get().name(), course.courseId()));
        } catch (CertificateException | ProgressException e) {
            // the completion stands; the trainer can issue it again with: sendero certificate issue
            LOG.log(System.Logger.Level.WARNING,
                    "no certificate for the course " + course.courseId() + ": " + e.getMessage());
        }
    }

    /** Lets a certificate being written finish before the program ends. */
    @Deactivate
    void finish() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
