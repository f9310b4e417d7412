package org.sendero.diagnostics.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.sendero.certificates.TrustedOffice;
import org.sendero.certificates.TrustedOffices;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstalledPack;
import org.sendero.core.DataFolder;
import org.sendero.core.ProductInfo;
import org.sendero.core.SenderoEnvironment;
import org.sendero.diagnostics.Diagnostics;
import org.sendero.diagnostics.DiagnosticsProgress;
import org.sendero.diagnostics.HealthReport;
import org.sendero.diagnostics.SavedDiagnostics;
import org.sendero.diagnostics.internal.health.Examination;
import org.sendero.diagnostics.internal.health.Sources;
import org.sendero.diagnostics.internal.zip.DiagnosticsFile;
import org.sendero.diagnostics.internal.zip.SupportFiles;
import org.sendero.diagnostics.internal.zip.WriteFailure;
import org.sendero.progress.DatabaseHealth;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressHealth;
import org.sendero.search.IndexCheck;
import org.sendero.search.LibraryIndex;

/**
 * Diagnostics over the running product's services. Each service is optional: a part that did not
 * start is itself a finding, not a reason for diagnostics to be missing. The index service is
 * taken only when a check runs, because starting it begins an update of the index.
 */
@Component(service = Diagnostics.class)
public final class DiagnosticsService implements Diagnostics, Sources {

    private final BundleContext context;
    private final SenderoEnvironment environment;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ComponentServiceObjects<LibraryIndex> indexes;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProgressHealth progress;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Learners learners;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ContentLibrary library;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TrustedOffices trusted;

    @Activate
    public DiagnosticsService(BundleContext context, @Reference SenderoEnvironment environment) {
        this.context = context;
        this.environment = environment;
    }

    @Override
    public HealthReport check() {
        List<Path> crashLogs;
        try {
            crashLogs = SupportFiles.crashLogs(data(), startedIn());
        } catch (IOException e) {
            crashLogs = List.of();
        }
        return Examination.of(this, crashLogs).report();
    }

    @Override
    public SavedDiagnostics save(Path zip, DiagnosticsProgress listener) throws IOException {
        try {
            return DiagnosticsFile.write(zip, this, listener);
        } catch (IOException e) {
            throw new IOException(WriteFailure.reason(e), e);
        }
    }

    @Override
    public DataFolder data() {
        return environment.dataFolder();
    }

    @Override
    public ProductInfo product() {
        return environment.product();
    }

    @Override
    public Path startedIn() {
        return Path.of(System.getProperty("user.dir", ".")).toAbsolutePath();
    }

    @Override
    public List<String> learnerNames() throws Exception {
        return require(learners, "learner profiles").list().stream().map(Learner::name).toList();
    }

    @Override
    public DatabaseHealth database() throws Exception {
        return require(progress, "progress database").check();
    }

    @Override
    public IndexCheck index() throws Exception {
        ComponentServiceObjects<LibraryIndex> objects = require(indexes, "search index");
        LibraryIndex index = objects.getService();
        try {
            return require(index, "search index").check();
        } finally {
            if (index != null) {
                objects.ungetService(index);
            }
        }
    }

    @Override
    public List<InstalledPack> packs() throws Exception {
        return require(library, "content library").installed();
    }

    @Override
    public Set<String> trustedKeys() throws Exception {
        TrustedOffices offices = trusted;
        Set<String> keys = new HashSet<>();
        if (offices != null) {
            offices.list().stream().map(TrustedOffice::fingerprint).forEach(keys::add);
        }
        return keys;
    }

    @Override
    public List<BundleState> bundles() {
        return Arrays.stream(context.getBundles())
                .map(bundle -> new BundleState(bundle.getSymbolicName(), bundle.getVersion().toString(), state(bundle)))
                .toList();
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.INSTALLED -> "installed (not resolved)";
            default -> "uninstalled";
        };
    }

    private static <T> T require(T service, String what) {
        if (service == null) {
            throw new IllegalStateException("the " + what + " service is not running");
        }
        return service;
    }
}
