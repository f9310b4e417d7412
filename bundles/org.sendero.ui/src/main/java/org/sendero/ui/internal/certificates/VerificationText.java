package org.sendero.ui.internal.certificates;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.sendero.certificates.Certificate;
import org.sendero.certificates.Field;
import org.sendero.certificates.Verification;

/**
 * What the dialog says about a check, in the user's language: the verdict first, then what the
 * certificate states (shown also when it is not valid, so the person can see what was claimed).
 */
final class VerificationText {

    private VerificationText() {
    }

    static String of(Verification result) {
        StringBuilder text = new StringBuilder(verdict(result));
        result.certificate().ifPresent(certificate -> {
            text.append("\n\n").append(Messages.Verify_claims);
            claims(certificate).forEach((field, value) -> text.append('\n').append(label(field)).append(": ")
                    .append(value));
        });
        return text.toString();
    }

    private static String verdict(Verification result) {
        return switch (result.outcome()) {
            case VALID -> NLS.bind(Messages.Verify_valid, result.signer().orElseThrow().office(),
                    result.signer().orElseThrow().fingerprint());
            case CHANGED -> Messages.Verify_changed + changed(result.changed());
            case UNTRUSTED -> NLS.bind(Messages.Verify_untrusted,
                    result.certificate().map(Certificate::office).orElse("?")) + changed(result.changed());
            case UNREADABLE -> Messages.Verify_unreadable;
        };
    }

    private static String changed(List<Field> fields) {
        if (fields.isEmpty()) {
            return "";
        }
        return " " + NLS.bind(Messages.Verify_changedFields,
                fields.stream().map(VerificationText::label).collect(Collectors.joining(", ")));
    }

    private static Map<Field, String> claims(Certificate certificate) {
        Map<Field, String> fields = certificate.fields();
        fields.remove(Field.LANGUAGE);
        fields.put(Field.SCORES, fields.get(Field.SCORES).replace("=", " ").replace(";", "%, ")
                + (certificate.scores().isEmpty() ? "" : "%"));
        return fields;
    }

    static String label(Field field) {
        return switch (field) {
            case LANGUAGE -> Messages.Field_language;
            case LEARNER -> Messages.Field_learner;
            case COURSE -> Messages.Field_course;
            case COURSE_TITLE -> Messages.Field_courseTitle;
            case PACK -> Messages.Field_pack;
            case PACK_VERSION -> Messages.Field_packVersion;
            case DATE -> Messages.Field_date;
            case SCORES -> Messages.Field_scores;
            case OFFICE -> Messages.Field_office;
        };
    }
}
