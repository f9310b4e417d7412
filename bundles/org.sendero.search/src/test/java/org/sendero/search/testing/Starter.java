package org.sendero.search.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sendero.content.PackReport;
import org.sendero.content.standalone.StandaloneContent;
import org.sendero.core.content.Pack;
import org.sendero.search.IndexProgress;
import org.sendero.search.internal.SearchEngine;
import org.sendero.search.internal.index.PackSource;

/** The real starter pack, read once per test JVM through the content bundle's validator. */
public final class Starter {

    /** Relative to this module's folder, where tests run. */
    public static final Path FOLDER = Path.of("../org.sendero.starter/pack");

    private static Pack pack;

    private Starter() {
    }

    public static synchronized Pack pack() {
        if (pack == null) {
            PackReport report = StandaloneContent.validator().validate(FOLDER);
            if (report.hasErrors()) {
                throw new AssertionError("the starter pack does not validate: " + report.problems());
            }
            pack = report.pack().orElseThrow();
        }
        return pack;
    }

    /** A search engine over an index of the starter pack in {@code folder}. */
    public static SearchEngine indexed(Path folder) throws IOException {
        Files.createDirectories(folder);
        SearchEngine engine = new SearchEngine(folder);
        engine.update(List.of(PackSource.of(pack(), "starter")), IndexProgress.NONE, false);
        return engine;
    }
}
