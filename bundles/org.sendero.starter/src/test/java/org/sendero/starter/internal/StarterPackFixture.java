package org.sendero.starter.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.sendero.content.PackReport;
import org.sendero.content.Problem;
import org.sendero.content.standalone.StandaloneContent;
import org.sendero.core.content.Pack;

/** The starter pack as the product reads it, read once for all the tests of this bundle. */
final class StarterPackFixture {

    static final Path FOLDER = Path.of("pack");

    private static PackReport report;

    private StarterPackFixture() {
    }

    static synchronized PackReport report() {
        if (report == null) {
            report = StandaloneContent.validator().validate(FOLDER);
        }
        return report;
    }

    static Pack pack() {
        return report().pack().orElseThrow(() -> new AssertionError("the starter pack cannot be read:\n"
                + describe(report().problems())));
    }

    static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
