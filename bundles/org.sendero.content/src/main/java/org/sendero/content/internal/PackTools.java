package org.sendero.content.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.sendero.content.ContentException;
import org.sendero.content.PackExporter;
import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;
import org.sendero.content.internal.archive.ArchiveLimits;
import org.sendero.content.internal.archive.Manifest;
import org.sendero.content.internal.archive.PackArchive;
import org.sendero.content.internal.archive.PackSignature;
import org.sendero.content.internal.archive.SafeUnzip;
import org.sendero.content.internal.pack.PackFiles;
import org.sendero.content.internal.pack.PackReader;
import org.sendero.content.internal.store.StagingFolders;
import org.sendero.content.internal.store.StoreFiles;
import org.sendero.core.DataFolder;

/** Validation and packing for authors: what 'sendero validate' and 'sendero pack' do. */
@Component(service = { PackValidator.class, PackExporter.class })
public final class PackTools implements PackValidator, PackExporter {

    private final StagingFolders staging;

    /** Unpacks archives to validate in this process's data folder, where a killed run's leftovers are swept. */
    public PackTools() {
        this(StagingFolders.of(DataFolder.ofThisProcess()));
    }

    public PackTools(StagingFolders staging) {
        this.staging = staging;
    }

    @Override
    public PackReport validate(Path folderOrArchive) {
        String shown = folderOrArchive.toString();
        if (Files.isDirectory(folderOrArchive)) {
            return PackReader.read(folderOrArchive);
        }
        if (!Files.isRegularFile(folderOrArchive)) {
            return new PackReport(Optional.empty(), List.of(Problem.error(shown, 1, 1, "no such file or folder")));
        }
        Path temporary = null;
        try {
            temporary = staging.create();
            SafeUnzip.extract(folderOrArchive, temporary, ArchiveLimits.DEFAULT);
            List<Problem> problems = new ArrayList<>();
            PackFiles files = PackFiles.list(temporary, problems);
            if (files.contains(Manifest.FILE)) {
                problems.addAll(Manifest.parse(Files.readAllBytes(temporary.resolve(Manifest.FILE)), problems)
                        .verify(temporary, files.all()));
            } else {
                problems.add(
                        Problem.error(Manifest.FILE, 1, 1, "missing: this archive was not made by 'sendero pack'"));
            }
            if (files.contains(Manifest.SIGNATURE) && files.contains(Manifest.FILE)) {
                byte[] manifest = Files.readAllBytes(temporary.resolve(Manifest.FILE));
                Optional<PackSignature> signature = PackSignature
                        .parse(Files.readAllBytes(temporary.resolve(Manifest.SIGNATURE)));
                if (signature.isEmpty() || !signature.get().verifies(manifest)) {
                    problems.add(Problem.error(Manifest.SIGNATURE, 1, 1, "the signature does not match the pack"));
                }
            }
            PackReport report = PackReader.read(temporary);
            problems.addAll(report.problems());
            return new PackReport(report.pack(), problems.stream().map(p -> p.under(shown + "!")).toList());
        } catch (IOException e) {
            return new PackReport(Optional.empty(), List.of(Problem.error(shown, 1, 1, e.getMessage())));
        } finally {
            if (temporary != null) {
                StoreFiles.deleteTree(temporary);
            }
        }
    }

    @Override
    public String export(Path folder, Path target, Optional<Path> signingKey) throws ContentException {
        String shown = folder.toString();
        if (!Files.isDirectory(folder)) {
            throw ContentException.of(shown, "not a folder; 'sendero pack' packs a pack folder");
        }
        PackReport report = PackReader.read(folder);
        if (report.hasErrors()) {
            throw new ContentException(
                    report.problems().stream().filter(Problem::isError).map(p -> p.under(shown)).toList());
        }
        Optional<KeyPair> key = Optional.empty();
        if (signingKey.isPresent()) {
            try {
                key = Optional.of(PackSignature.readKey(signingKey.get()));
            } catch (IOException | GeneralSecurityException e) {
                throw ContentException.of(signingKey.get().toString(), "not an Ed25519 private key in PEM (PKCS#8): "
                        + e.getMessage());
            }
        }
        try {
            List<Problem> listing = new ArrayList<>();
            List<String> files = PackFiles.list(folder, listing).all();
            if (!listing.isEmpty()) {
                throw new ContentException(listing.stream().map(p -> p.under(shown)).toList());
            }
            Optional<PackSignature> signature = PackArchive.write(folder, files, target, key);
            long count = files.stream().filter(f -> !Manifest.OWN_FILES.contains(f)).count();
            return "Wrote " + target + ": " + report.pack().orElseThrow().id() + " "
                    + report.pack().orElseThrow().info().version() + ", " + count + " files, "
                    + signature.map(s -> "signed by " + s.fingerprint()).orElse("not signed");
        } catch (ContentException e) {
            throw e;
        } catch (IOException | GeneralSecurityException e) {
            throw ContentException.of(target.toString(), "cannot write the pack: " + e.getMessage());
        }
    }
}
