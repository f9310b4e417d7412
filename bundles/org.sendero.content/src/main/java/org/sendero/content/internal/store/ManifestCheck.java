package org.sendero.content.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sendero.content.ContentException;
import org.sendero.content.Problem;
import org.sendero.content.internal.archive.Manifest;
import org.sendero.content.internal.archive.PackSignature;
import org.sendero.content.internal.pack.PackFiles;

/** Checks a staged pack's MANIFEST.sha256 and MANIFEST.sig; an archive must have the manifest, a folder may not. */
final class ManifestCheck {

    private ManifestCheck() {
    }

    /** @return the fingerprint of the key whose signature verified, if the pack is signed */
    static Optional<String> verify(Path staging, PackFiles files, String prefix, boolean archive)
            throws IOException, ContentException {
        if (!files.contains(Manifest.FILE)) {
            if (archive) {
                throw new ContentException(Problem.error(prefix, 1, 1, "no " + Manifest.FILE
                        + ": this archive was not made by 'sendero pack'"));
            }
            if (files.contains(Manifest.SIGNATURE)) {
                throw new ContentException(
                        Problem.error(prefix, 1, 1, Manifest.SIGNATURE + " without " + Manifest.FILE));
            }
            return Optional.empty();
        }
        byte[] manifestBytes = Files.readAllBytes(staging.resolve(Manifest.FILE));
        // the signature first: when it fails, "changed after signing" says more than a checksum line
        Optional<String> signer = Optional.empty();
        if (files.contains(Manifest.SIGNATURE)) {
            Optional<PackSignature> signature = PackSignature
                    .parse(Files.readAllBytes(staging.resolve(Manifest.SIGNATURE)));
            if (signature.isEmpty()) {
                throw new ContentException(
                        Problem.error(Manifest.SIGNATURE, 1, 1, "not an Ed25519 pack signature").under(prefix));
            }
            if (!signature.get().verifies(manifestBytes)) {
                throw new ContentException(Problem.error(Manifest.SIGNATURE, 1, 1, "the signature of key "
                        + signature.get().fingerprint() + " does not match: the pack was changed after it was signed")
                        .under(prefix));
            }
            signer = Optional.of(signature.get().fingerprint());
        }
        List<Problem> problems = new ArrayList<>();
        Manifest manifest = Manifest.parse(manifestBytes, problems);
        problems.addAll(manifest.verify(staging, files.all()));
        if (!problems.isEmpty()) {
            throw new ContentException(problems.stream().map(p -> p.under(prefix)).toList());
        }
        return signer;
    }

    /** The signer of an installed version, from the signature it was installed with (verified then). */
    static Optional<String> signer(Path installed) {
        Path signature = installed.resolve(Manifest.SIGNATURE);
        try {
            return Files.isRegularFile(signature)
                    ? PackSignature.parse(Files.readAllBytes(signature)).map(PackSignature::fingerprint)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
