package org.sendero.itests.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the package graph, checked on the source tree of this build: a bundle uses only
 * the exported API of others, no package cycle within a bundle, no class over 400 lines. Each
 * failure lists every offender, one per line, with the file and line to change.
 */
class ArchitectureTest {

    /** Tests run in this module's folder (tests/org.sendero.itests). */
    static final Path BUNDLES = Path.of("../../bundles").toAbsolutePath().normalize();

    private static List<BundleSource> bundles;

    @BeforeAll
    static void readSources() throws IOException {
        assertTrue(Files.isDirectory(BUNDLES), "no bundles folder at " + BUNDLES);
        bundles = BundleSource.readAll(BUNDLES);
        // a wrong folder would make every check pass on nothing
        assertTrue(bundles.stream().anyMatch(b -> b.name().equals("org.sendero.core") && b.sources().size() > 10),
                "the bundles' sources were not found under " + BUNDLES);
    }

    @Test
    void noProductionBundleUsesAnotherBundlesInternalPackages() {
        assertNone("use of another bundle's internal package", new InternalPackageCheck(bundles).offenders());
    }

    @Test
    void noPackageCycleWithinABundle() {
        assertNone("package cycle", new PackageCycleCheck(bundles).offenders());
    }

    @Test
    void noClassOverTheLimit() {
        assertNone("class size", new ClassSizeCheck(bundles).offenders());
    }

    /** Prints every offender (the build log shows them all) and fails with all of them. */
    static void assertNone(String rule, List<String> offenders) {
        if (!offenders.isEmpty()) {
            offenders.forEach(offender -> System.err.println(offender));
            fail(offenders.size() + " x " + rule + ":\n" + String.join("\n", offenders));
        }
    }
}
