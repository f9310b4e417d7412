package org.sendero.diagnostics.internal.health;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.sendero.content.InstalledPack;
import org.sendero.core.DataFolder;
import org.sendero.core.ProductInfo;
import org.sendero.progress.DatabaseHealth;
import org.sendero.search.IndexCheck;

/**
 * Where the checks get their facts: the running product's services in OSGi, plain values in tests.
 * A method that fails says why in its exception, and the check reports that as its finding.
 */
public interface Sources {

    DataFolder data();

    ProductInfo product();

    /** The folder Sendero was started from, where the JVM may have left a crash log. */
    Path startedIn();

    /** Every learner's name, in a stable order (the order of their aliases). */
    List<String> learnerNames() throws Exception;

    DatabaseHealth database() throws Exception;

    IndexCheck index() throws Exception;

    List<InstalledPack> packs() throws Exception;

    /** The key fingerprints of the offices this PC trusts. */
    Set<String> trustedKeys() throws Exception;

    /** Every installed bundle with its version and state. */
    List<BundleState> bundles();

    /** One installed bundle as the framework sees it. */
    record BundleState(String symbolicName, String version, String state) {
    }
}
