package org.sendero.update.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IFileArtifactRepository;
import org.sendero.update.UpdateException;

/**
 * Fetches the artifacts of an HTTPS repository next to its already verified index, at the paths the
 * index gives them, so that p2 installs from local files and checks each against the signed index.
 */
final class ArtifactMirror {

    private ArtifactMirror() {
    }

    static void fetchAll(IArtifactRepository repository, TrustedRepository trusted) throws UpdateException {
        if (trusted.remote().isEmpty()) {
            return;
        }
        if (!(repository instanceof IFileArtifactRepository files)) {
            throw new UpdateException(trusted.folder() + ": not a simple artifact repository");
        }
        Path root = trusted.folder().toAbsolutePath().normalize();
        for (IArtifactDescriptor descriptor : repository.descriptorQueryable()
                .query(org.eclipse.equinox.p2.repository.artifact.ArtifactDescriptorQuery.ALL_DESCRIPTORS, null)) {
            File file = files.getArtifactFile(descriptor);
            if (file == null) {
                throw new UpdateException(descriptor.getArtifactKey() + ": the index gives it no file");
            }
            Path local = file.toPath().toAbsolutePath().normalize();
            if (!local.startsWith(root)) {
                throw new UpdateException(descriptor.getArtifactKey() + ": its file would lie outside the repository");
            }
            if (!Files.exists(local)) {
                String relative = root.relativize(local).toString().replace(File.separatorChar, '/');
                if (!trusted.remote().get().fetch(relative, local)) {
                    throw new UpdateException(
                            trusted.remote().get().base() + relative + ": listed in the index but missing");
                }
            }
        }
    }
}
