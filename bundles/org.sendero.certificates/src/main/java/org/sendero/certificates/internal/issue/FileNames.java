package org.sendero.certificates.internal.issue;

import java.text.Normalizer;

/** A learner's name or a course id as a file name every file system accepts. */
final class FileNames {

    private FileNames() {
    }

    static String safe(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFC).strip()
                .replaceAll("[^\\p{L}\\p{N} ._-]", "_").replaceAll("^[. ]+|[. ]+$", "");
        return plain.isEmpty() ? "_" : plain;
    }
}
