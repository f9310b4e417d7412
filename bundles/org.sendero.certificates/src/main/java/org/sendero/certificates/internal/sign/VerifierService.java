package org.sendero.certificates.internal.sign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.certificates.CertificateVerifier;
import org.sendero.certificates.Field;
import org.sendero.certificates.Outcome;
import org.sendero.certificates.Verification;
import org.sendero.certificates.internal.pdf.PdfFields;
import org.sendero.certificates.internal.pdf.PrintedPage;

/**
 * Checks codes and certificate PDFs. For a PDF, the fields stored beside the code must be the signed
 * ones: a field changed there (or in the code, which then no longer matches its signature) is named.
 */
@Component(service = CertificateVerifier.class)
public final class VerifierService implements CertificateVerifier {

    private final CodeCheck codes;

    @Activate
    public VerifierService(@Reference TrustStore trust) {
        this.codes = new CodeCheck(trust);
    }

    @Override
    public Verification verifyCode(String code) {
        return codes.check(code);
    }

    @Override
    public Verification verifyPdf(Path pdf) {
        PdfFields.Read read;
        try {
            read = PdfFields.read(pdf);
        } catch (IllegalArgumentException e) {
            return Verification.unreadable(e.getMessage());
        }
        Verification checked = codes.check(read.code());
        if (checked.certificate().isEmpty()) {
            return checked;
        }
        Map<Field, String> signed = checked.certificate().get().fields();
        List<Field> changed = new ArrayList<>();
        List<String> how = new ArrayList<>();
        for (Field field : Field.values()) {
            Optional<String> shown = Optional.ofNullable(read.fields().get(field));
            if (!shown.equals(Optional.of(signed.get(field)))) {
                changed.add(field);
                how.add(field.described() + " was changed: the PDF says "
                        + shown.map(s -> "'" + s + "'").orElse("nothing") + ", its verification code says '"
                        + signed.get(field) + "'");
            }
        }
        if (changed.isEmpty() && checked.valid()) {
            Map<Field, String> notPrinted = PrintedPage.missing(checked.certificate().get(), read.pageText());
            notPrinted.forEach((field, value) -> {
                changed.add(field);
                how.add(field.described() + " printed on the page was changed: the signed one is '" + value + "'");
            });
        }
        if (changed.isEmpty()) {
            return checked;
        }
        Outcome outcome = checked.outcome() == Outcome.UNTRUSTED ? Outcome.UNTRUSTED : Outcome.CHANGED;
        String reason = String.join("; ", how)
                + (checked.outcome() == Outcome.VALID ? "" : "; and the code is " + checked.reason());
        return new Verification(outcome, checked.certificate(), checked.signer(), changed, reason);
    }
}
