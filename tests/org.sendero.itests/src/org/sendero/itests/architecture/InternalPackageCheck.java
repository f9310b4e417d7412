package org.sendero.itests.architecture;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No production bundle reaches into another bundle's {@code internal} packages, neither in its
 * manifest nor in its code; an internal package is exported only to test bundles (x-friends) or
 * marked x-internal; an API package is exported with a version. Internal packages may change in
 * any release: a bundle that uses another's breaks without its MANIFEST saying so.
 */
public final class InternalPackageCheck {

    private final List<BundleSource> bundles;
    private final Map<String, String> ownerOfPackage = new HashMap<>();
    /** The bundles that ship; test bundles live elsewhere and may be friends of internal packages. */
    private final Set<String> production = new LinkedHashSet<>();

    public InternalPackageCheck(List<BundleSource> bundles) {
        this.bundles = List.copyOf(bundles);
        for (BundleSource bundle : bundles) {
            production.add(bundle.name());
            for (String declared : bundle.packages()) {
                ownerOfPackage.put(declared, bundle.name());
            }
        }
    }

    /** One line per offence, empty when there is none. */
    public List<String> offenders() {
        Set<String> offenders = new LinkedHashSet<>();
        for (BundleSource bundle : bundles) {
            checkManifest(bundle, offenders);
            checkSources(bundle, offenders);
        }
        return List.copyOf(offenders);
    }

    private void checkManifest(BundleSource bundle, Set<String> offenders) {
        String manifest = bundle.shown(bundle.manifest().path());
        for (ManifestFile.Clause imported : bundle.manifest().header("Import-Package")) {
            String owner = owner(imported.name());
            if (BundleSource.isInternal(imported.name()) && !bundle.name().equals(owner)) {
                offenders.add(manifest + ":" + imported.line() + ": Import-Package " + imported.name()
                        + " is an internal package of " + (owner == null ? "another bundle" : owner)
                        + "; import an exported API package instead");
            }
        }
        for (ManifestFile.Clause exported : bundle.manifest().header("Export-Package")) {
            String where = manifest + ":" + exported.line() + ": Export-Package " + exported.name();
            if (!BundleSource.isInternal(exported.name())) {
                if (exported.parameter("version").isEmpty()) {
                    offenders.add(where + " is an API package exported without a version");
                }
                continue;
            }
            String friends = exported.parameter("x-friends");
            if (friends.isEmpty() && !"true".equals(exported.parameter("x-internal"))) {
                offenders.add(where + " exports an internal package to every bundle; mark it x-internal:=true"
                        + " or name the test bundles in x-friends");
            }
            for (String friend : friends.split(",")) {
                if (production.contains(friend.trim()) && !friend.trim().equals(bundle.name())) {
                    offenders.add(where + " names the production bundle " + friend.trim()
                            + " in x-friends; move what it uses into an exported API package");
                }
            }
        }
    }

    private void checkSources(BundleSource bundle, Set<String> offenders) {
        for (JavaFile file : bundle.sources()) {
            for (JavaFile.QualifiedName used : file.names()) {
                String packageName = used.qualifier();
                if (!BundleSource.isInternal(packageName)) {
                    continue;
                }
                String owner = owner(packageName);
                if (bundle.name().equals(owner)) {
                    continue;
                }
                offenders.add(bundle.shown(file.path()) + ":" + used.line() + ": uses " + used.full()
                        + " from " + packageName + ", an internal package of "
                        + (owner == null ? "another bundle" : owner) + "; use an exported API package instead");
            }
        }
    }

    /** The bundle declaring a package, else the bundle whose name the package starts with, else null. */
    private String owner(String packageName) {
        String declared = ownerOfPackage.get(packageName);
        if (declared != null) {
            return declared;
        }
        String best = null;
        for (BundleSource bundle : bundles) {
            String name = bundle.name();
            if ((packageName.equals(name) || packageName.startsWith(name + "."))
                    && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best;
    }
}
