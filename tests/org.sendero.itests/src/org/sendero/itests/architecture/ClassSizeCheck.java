package org.sendero.itests.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * No class of a production bundle is over {@link #LIMIT} lines: a longer class does more than one
 * job, and is split into classes with one job each.
 */
public final class ClassSizeCheck {

    /** Lines of a source file, comments included: a class longer than this does more than one job. */
    public static final int LIMIT = 400;

    private final List<BundleSource> bundles;

    public ClassSizeCheck(List<BundleSource> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    /** One line per class over the limit; empty when none. */
    public List<String> offenders() {
        List<String> offenders = new ArrayList<>();
        for (BundleSource bundle : bundles) {
            for (JavaFile file : bundle.sources()) {
                if (file.lines() > LIMIT) {
                    offenders.add(bundle.shown(file.path()) + ": " + file.lines() + " lines, over the limit of " + LIMIT
                            + "; split " + className(file) + " into classes with one job each");
                }
            }
        }
        return offenders;
    }

    private static String className(JavaFile file) {
        String simple = file.path().getFileName().toString().replaceFirst("\\.java$", "");
        return file.packageName().isEmpty() ? simple : file.packageName() + "." + simple;
    }
}
