package org.sendero.itests.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * No class of a production bundle is over {@link #LIMIT} lines, except those on a list of classes
 * that were already longer when the check came in. A listed class may not grow beyond its listed
 * length, and must leave the list once it is split: the list can only shrink.
 */
public final class ClassSizeCheck {

    /** Lines of a source file, comments included: a class longer than this does more than one job. */
    public static final int LIMIT = 400;

    private final List<BundleSource> bundles;
    private final Map<String, Integer> allowed;

    /**
     * @param allowed the listed classes: fully qualified name -> the number of lines it may not exceed
     */
    public ClassSizeCheck(List<BundleSource> bundles, Map<String, Integer> allowed) {
        this.bundles = List.copyOf(bundles);
        this.allowed = new TreeMap<>(allowed);
    }

    /** One line per class over the limit or out of step with its listing; empty when none. */
    public List<String> offenders() {
        List<String> offenders = new ArrayList<>();
        Map<String, Integer> unseen = new TreeMap<>(allowed);
        for (BundleSource bundle : bundles) {
            for (JavaFile file : bundle.sources()) {
                String name = className(file);
                String where = bundle.shown(file.path()) + ": " + file.lines() + " lines";
                Integer listed = unseen.remove(name);
                if (listed == null) {
                    if (file.lines() > LIMIT) {
                        offenders.add(where + ", over the limit of " + LIMIT + "; split " + name
                                + " into classes with one job each");
                    }
                } else if (file.lines() > listed) {
                    offenders.add(where + ", more than the " + listed + " it is listed with in "
                            + OversizedClasses.class.getSimpleName() + "; split " + name + " instead of growing it");
                } else if (file.lines() <= LIMIT) {
                    offenders.add(where + ", no longer over " + LIMIT + "; remove " + name + " from "
                            + OversizedClasses.class.getSimpleName());
                }
            }
        }
        unseen.keySet().forEach(name -> offenders.add(name + ": listed in " + OversizedClasses.class.getSimpleName()
                + " but no such class in the bundles' sources; remove it from the list"));
        return offenders;
    }

    private static String className(JavaFile file) {
        String simple = file.path().getFileName().toString().replaceFirst("\\.java$", "");
        return file.packageName().isEmpty() ? simple : file.packageName() + "." + simple;
    }
}
