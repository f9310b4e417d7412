package org.sendero.certificates.internal.issue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.certificates.CertificateException;
import org.sendero.certificates.CertificateIssuer;
import org.sendero.certificates.IssueRequest;
import org.sendero.certificates.IssuedCertificate;
import org.sendero.certificates.internal.pdf.CertificatePdf;
import org.sendero.certificates.internal.sign.TrustStore;
import org.sendero.certificates.internal.sign.VerificationCode;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstalledPack;
import org.sendero.core.SenderoEnvironment;
import org.sendero.core.content.Course;
import org.sendero.core.content.Pack;
import org.sendero.progress.Completion;
import org.sendero.progress.CompletionService;
import org.sendero.progress.CourseProgress;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressStore;

/** Issues certificates from the installed courses and the learners' recorded progress. */
@Component(service = CertificateIssuer.class)
public final class IssuerService implements CertificateIssuer {

    private final ContentLibrary library;
    private final Learners learners;
    private final CompletionService completion;
    private final ProgressStore store;
    private final TrustStore trust;
    private final Path folder;

    @Activate
    public IssuerService(@Reference ContentLibrary library, @Reference Learners learners,
            @Reference CompletionService completion, @Reference ProgressStore store, @Reference TrustStore trust,
            @Reference SenderoEnvironment environment) {
        this.library = library;
        this.learners = learners;
        this.completion = completion;
        this.store = store;
        this.trust = trust;
        this.folder = environment.dataFolder().root().resolve("certificates");
    }

    @Override
    public IssuedCertificate issue(IssueRequest request) throws CertificateException {
        // the key first: a mistyped key path should not wait for the course to be looked up
        TrustStore.OfficeKeys office = TrustStore.officeOf(request.key(), request.office());
        try {
            Learner learner = learners.byName(request.learner()).orElseThrow(() -> new CertificateException(
                    "no learner called '" + request.learner() + "'; see: sendero learners"));
            Located found = find(request.courseId());
            CourseProgress progress = completion.course(learner.id(), found.pack().id(), found.course());
            if (progress.complete()) {
                // records the course's completion now if it was completed before completions were recorded
                completion.update(learner.id(), found.pack());
            }
            Instant completed = store.completions(learner.id()).stream()
                    .filter(c -> c.packId().equals(found.pack().id()) && c.courseId().equals(found.course().id())
                            && c.moduleId().isEmpty())
                    .map(Completion::completed).min(Comparator.naturalOrder()).orElse(Instant.now());
            CertificateDraft draft = CertificateDraft.of(learner.name(), found.pack(), found.course(), progress,
                    completed, request.language(), office.office().office(), ZoneId.systemDefault());
            String code = VerificationCode.encode(draft.certificate(), office.keys());
            Path file = request.output().orElse(defaultFile(learner.name(), found.course().id()));
            try {
                new CertificatePdf().write(draft.certificate(), code, request.paper(), draft.titles(), file);
            } catch (IOException e) {
                throw new CertificateException(file + ": cannot write the certificate: " + e.getMessage(), e);
            }
            trust.trust(office.office());
            return new IssuedCertificate(file, draft.certificate(), code, office.office().fingerprint());
        } catch (ProgressException | ContentException e) {
            throw new CertificateException(e.getMessage(), e);
        } catch (java.security.GeneralSecurityException e) {
            throw new CertificateException(request.key() + ": cannot sign with this key: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Path> issued(String learner, String courseId) {
        Path file = defaultFile(learner, courseId);
        return java.nio.file.Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path defaultFile(String learner, String courseId) {
        return folder.resolve(FileNames.safe(learner)).resolve(FileNames.safe(courseId) + ".pdf");
    }

    private record Located(Pack pack, Course course) {
    }

    private Located find(String courseId) throws ContentException, CertificateException {
        for (InstalledPack installed : library.installed()) {
            Optional<Pack> pack = library.load(installed.info().id()).pack();
            if (pack.isPresent()) {
                for (Course course : pack.get().courses()) {
                    if (course.id().equals(courseId)) {
                        return new Located(pack.get(), course);
                    }
                }
            }
        }
        throw new CertificateException(
                "no installed course '" + courseId + "'; the courses are listed by: sendero progress");
    }
}
