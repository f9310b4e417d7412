package org.sendero.update.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.sendero.update.UpdateException;

/**
 * A p2 repository whose signed index was checked before p2 reads anything of it: a folder as it
 * is, or the index of an HTTPS repository copied into a local folder first (its artifacts follow
 * once p2 has read the index, see {@link ArtifactMirror}).
 *
 * @param folder the local folder p2 reads
 * @param signer the fingerprint of the key that signed the index
 * @param remote where the artifacts still have to be fetched from, for an HTTPS repository
 */
record TrustedRepository(Path folder, String signer, Optional<RepositoryDownload> remote) {

    /** Checks {@code source} (a folder, a file: URI or an https: address) against the trusted keys. */
    static TrustedRepository open(String source, UpdateKeys trusted, Path staging) throws UpdateException {
        Optional<URI> address = remoteAddress(source);
        if (address.isEmpty()) {
            Path folder = localFolder(source);
            verify(folder, trusted);
            return new TrustedRepository(folder, signer(folder), Optional.empty());
        }
        RepositoryDownload download = new RepositoryDownload(address.get());
        if (!download.fetch(IndexSignature.FILE_NAME, staging.resolve(IndexSignature.FILE_NAME))) {
            throw new UpdateException(download.base() + IndexSignature.FILE_NAME
                    + ": the repository is not signed; only signed repositories are accepted");
        }
        IndexSignature.Signed signed = IndexSignature.read(staging.resolve(IndexSignature.FILE_NAME));
        for (String name : signed.files().keySet()) {
            if (!download.fetch(name, staging.resolve(name))) {
                throw new UpdateException(download.base() + name + ": signed but missing on the server");
            }
        }
        signed.verify(staging, trusted);
        return new TrustedRepository(staging, UpdateKeys.fingerprint(signed.key()), Optional.of(download));
    }

    private static void verify(Path folder, UpdateKeys trusted) throws UpdateException {
        IndexSignature.read(folder.resolve(IndexSignature.FILE_NAME)).verify(folder, trusted);
    }

    private static String signer(Path folder) throws UpdateException {
        return UpdateKeys.fingerprint(IndexSignature.read(folder.resolve(IndexSignature.FILE_NAME)).key());
    }

    static Optional<URI> remoteAddress(String source) {
        String lower = source.strip().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https:") || lower.startsWith("http:")) {
            try {
                return Optional.of(new URI(source.strip()));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Path localFolder(String source) throws UpdateException {
        Path folder;
        try {
            folder = source.startsWith("file:") ? Path.of(URI.create(source)) : Path.of(source);
        } catch (IllegalArgumentException e) {
            throw new UpdateException(source + ": not a folder or an https address");
        }
        if (!Files.isDirectory(folder)) {
            throw new UpdateException(folder + ": no such folder");
        }
        return folder.toAbsolutePath().normalize();
    }
}
