package org.sendero.update.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.sendero.update.Change;
import org.sendero.update.ProductUpdater;
import org.sendero.update.UpdateCheck;
import org.sendero.update.UpdateException;

/**
 * Updates the running installation with p2's operations API: the repository is checked first (see
 * {@link TrustedRepository}), then an {@link UpdateOperation} over the installation's own profile,
 * limited to that one repository, works out the new product version and what it changes, and its
 * provisioning job installs it. p2 downloads each file, checks it against the SHA-256 in the signed
 * index, and writes the new profile and launch configuration last; until then the previous version
 * is what starts.
 */
@Component(service = ProductUpdater.class)
public final class P2ProductUpdater implements ProductUpdater {

    static final String SHA_256 = "download.checksum.sha-256";

    private final BundleContext context;

    @Activate
    public P2ProductUpdater(BundleContext context) {
        this.context = context;
    }

    @Override
    public String installedVersion() throws UpdateException {
        IProvisioningAgent agent = agent();
        return product(profile(agent)).getVersion().toString();
    }

    @Override
    public UpdateCheck check(String source) throws UpdateException {
        return withRepository(source, (agent, trusted, operation) -> describe(source, trusted, operation, agent));
    }

    @Override
    public UpdateCheck install(String source, Consumer<String> progress) throws UpdateException {
        return withRepository(source, (agent, trusted, operation) -> {
            UpdateCheck check = describe(source, trusted, operation, agent);
            if (!check.updateAvailable()) {
                return check;
            }
            requireChecksums(operation.getProvisioningPlan(), agent, trusted.folder().toUri());
            progress.accept("Installing " + check.available() + " (" + check.changes().size() + " parts change)");
            ProvisioningJob job = operation.getProvisioningJob(new NullProgressMonitor());
            IStatus status = job.runModal(new NullProgressMonitor());
            if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
                throw new UpdateException(source + ": the update was not installed, the previous version stays: "
                        + P2Status.describe(status));
            }
            return check;
        });
    }

    private interface RepositoryTask<T> {
        T run(IProvisioningAgent agent, TrustedRepository trusted, UpdateOperation operation) throws UpdateException;
    }

    private <T> T withRepository(String source, RepositoryTask<T> task) throws UpdateException {
        UpdateKeys keys = UpdateKeys.of(installFolder());
        Path staging = null;
        IMetadataRepositoryManager metadata = null;
        IArtifactRepositoryManager artifacts = null;
        URI location = null;
        try {
            staging = Files.createTempDirectory("sendero-update-");
            // trust first: p2 reads nothing of a repository whose signed index was not checked
            TrustedRepository trusted = TrustedRepository.open(source, keys, staging);
            IProvisioningAgent agent = agent();
            metadata = agent.getService(IMetadataRepositoryManager.class);
            artifacts = agent.getService(IArtifactRepositoryManager.class);
            location = trusted.folder().toUri();
            IProgressMonitor monitor = new NullProgressMonitor();
            metadata.loadRepository(location, monitor);
            IArtifactRepository artifactRepository = artifacts.loadRepository(location, monitor);
            ArtifactMirror.fetchAll(artifactRepository, trusted);
            ProvisioningContext repositories = new ProvisioningContext(agent);
            repositories.setMetadataRepositories(location);
            repositories.setArtifactRepositories(location);
            repositories.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
            UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent));
            operation.setProfileId(IProfileRegistry.SELF);
            operation.setProvisioningContext(repositories);
            IStatus resolved = operation.resolveModal(monitor);
            if (resolved.getSeverity() == IStatus.ERROR) {
                throw new UpdateException(
                        source + ": p2 cannot install this repository here: " + P2Status.describe(resolved));
            }
            return task.run(agent, trusted, operation);
        } catch (ProvisionException e) {
            throw new UpdateException(source + ": not a readable p2 repository: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UpdateException("cannot make a temporary folder: " + e.getMessage(), e);
        } finally {
            if (location != null && metadata != null && artifacts != null) {
                // the repository was only for this update: the installation must not remember it
                metadata.removeRepository(location);
                artifacts.removeRepository(location);
            }
            Staging.delete(staging);
        }
    }

    private UpdateCheck describe(String source, TrustedRepository trusted, UpdateOperation operation,
            IProvisioningAgent agent) throws UpdateException {
        IInstallableUnit installed = product(profile(agent));
        String available = installed.getVersion().toString();
        IProvisioningPlan plan = operation.getProvisioningPlan();
        List<Change> changes = new ArrayList<>();
        if (operation.getResolutionResult().getCode() != UpdateOperation.STATUS_NOTHING_TO_UPDATE && plan != null) {
            for (var update : operation.getSelectedUpdates()) {
                if (update.toUpdate.getId().equals(installed.getId())) {
                    available = update.replacement.getVersion().toString();
                }
            }
            changes = changes(plan);
        }
        return new UpdateCheck(source, trusted.signer(), installed.getVersion().toString(), available, changes);
    }

    /** The bundles and features that change, from what the plan removes and adds. */
    static List<Change> changes(IProvisioningPlan plan) {
        Map<String, String> removed = new HashMap<>();
        for (IInstallableUnit unit : plan.getRemovals().query(QueryUtil.ALL_UNITS, null)) {
            removed.put(unit.getId(), unit.getVersion().toString());
        }
        Map<String, String> added = new HashMap<>();
        for (IInstallableUnit unit : plan.getAdditions().query(QueryUtil.ALL_UNITS, null)) {
            added.put(unit.getId(), unit.getVersion().toString());
        }
        List<Change> changes = new ArrayList<>();
        added.forEach((id, version) -> changes.add(new Change(id, removed.getOrDefault(id, ""), version)));
        removed.forEach((id, version) -> {
            if (!added.containsKey(id)) {
                changes.add(new Change(id, version, ""));
            }
        });
        // p2's own configuration units ("tooling...") change with every build and mean nothing to a reader
        changes.removeIf(change -> change.from().equals(change.to()) || change.id().startsWith("tooling"));
        changes.sort(Comparator.comparing(Change::id));
        return changes;
    }

    /**
     * p2 checks every download against the checksums the index gives; an artifact listed without a
     * SHA-256 would be installed unchecked, so the update is refused instead.
     */
    private static void requireChecksums(IProvisioningPlan plan, IProvisioningAgent agent, URI location)
            throws UpdateException {
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        for (IInstallableUnit unit : plan.getAdditions().query(QueryUtil.ALL_UNITS, null)) {
            for (IArtifactKey key : unit.getArtifacts()) {
                boolean checked = false;
                {
                    try {
                        for (IArtifactDescriptor descriptor : artifacts.loadRepository(location, null)
                                .getArtifactDescriptors(key)) {
                            checked |= descriptor.getProperty(SHA_256) != null;
                        }
                    } catch (ProvisionException e) {
                        throw new UpdateException(location + ": cannot read it again: " + e.getMessage(), e);
                    }
                }
                if (!checked) {
                    throw new UpdateException(
                            key + ": the signed index gives no SHA-256 for it; the update is refused");
                }
            }
        }
    }

    private static IProfile profile(IProvisioningAgent agent) throws UpdateException {
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw new UpdateException(
                    "this installation has no p2 profile; it was not installed by p2 and cannot update itself");
        }
        return profile;
    }

    private static IInstallableUnit product(IProfile profile) throws UpdateException {
        var products = profile.query(QueryUtil.createIUProductQuery(), null).toUnmodifiableSet();
        return products.stream().findFirst().orElseThrow(
                () -> new UpdateException(
                        "the installation's p2 profile " + profile.getProfileId() + " holds no product"));
    }

    private IProvisioningAgent agent() throws UpdateException {
        try {
            var references = context.getServiceReferences(IProvisioningAgent.class,
                    "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
            for (ServiceReference<IProvisioningAgent> reference : references) {
                IProvisioningAgent agent = context.getService(reference);
                if (agent != null) {
                    return agent;
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new UpdateException("p2 is not running in this installation (no current provisioning agent)");
    }

    private Path installFolder() throws UpdateException {
        String area = context.getProperty("osgi.install.area");
        if (area == null) {
            throw new UpdateException("the installation folder is unknown (osgi.install.area is not set)");
        }
        try {
            // Equinox writes the area as a file: URL without escaping spaces, so it is not read as a URI
            return Path.of(new java.net.URL(area).getPath());
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new UpdateException(area + ": not a folder: " + e.getMessage(), e);
        }
    }
}
