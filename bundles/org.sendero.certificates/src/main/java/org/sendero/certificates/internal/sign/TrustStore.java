package org.sendero.certificates.internal.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.certificates.CertificateException;
import org.sendero.certificates.TrustedOffice;
import org.sendero.certificates.TrustedOffices;
import org.sendero.content.ContentException;
import org.sendero.content.authoring.SigningKeys;
import org.sendero.core.AtomicFiles;
import org.sendero.core.SenderoEnvironment;

/**
 * The trusted offices' keys, one office key file each in {@code <data>/certificates/trusted},
 * named by the key id the verification codes carry, so a code finds its key without a search.
 */
@Component(service = { TrustedOffices.class, TrustStore.class })
public final class TrustStore implements TrustedOffices {

    private static final long LARGEST_KEY_FILE = 16 * 1024;

    private final Path folder;

    @Activate
    public TrustStore(@Reference SenderoEnvironment environment) {
        this(environment.dataFolder().root().resolve("certificates").resolve("trusted"));
    }

    public TrustStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<TrustedOffice> list() throws CertificateException {
        List<TrustedOffice> offices = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + OfficeKeyFile.EXTENSION)) {
            for (Path file : files) {
                read(file).ifPresent(offices::add);
            }
        } catch (NoSuchFileException e) {
            return offices;
        } catch (IOException e) {
            throw new CertificateException(folder + ": cannot read the trusted office keys: " + e.getMessage(), e);
        }
        offices.sort(Comparator.comparing(TrustedOffice::office));
        return offices;
    }

    /** The trusted office whose key has this id, if any. */
    public Optional<TrustedOffice> byKeyId(byte[] keyId) {
        Path file = folder.resolve(HexFormat.of().formatHex(keyId) + OfficeKeyFile.EXTENSION);
        Optional<TrustedOffice> office = read(file);
        // the file name is only an index: the key inside must have that id
        return office.filter(o -> java.util.Arrays.equals(VerificationCode.keyId(o.key()), keyId));
    }

    @Override
    public TrustedOffice trust(Path file, Optional<String> office) throws CertificateException {
        byte[] bytes;
        try {
            if (Files.size(file) > LARGEST_KEY_FILE) {
                throw new CertificateException(file + ": too large to be an office key file");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CertificateException(file + ": cannot read it: " + e.getMessage(), e);
        }
        try {
            return trust(OfficeKeyFile.read(bytes, office));
        } catch (IllegalArgumentException e) {
            throw new CertificateException(file + ": " + e.getMessage(), e);
        }
    }

    /** Trusts {@code office}'s key; trusting a key again replaces the office's name it is known by. */
    public TrustedOffice trust(TrustedOffice office) throws CertificateException {
        Path target = folder.resolve(HexFormat.of().formatHex(VerificationCode.keyId(office.key()))
                + OfficeKeyFile.EXTENSION);
        try {
            AtomicFiles.write(target, OfficeKeyFile.write(office).getBytes(StandardCharsets.UTF_8));
            return office;
        } catch (IOException e) {
            throw new CertificateException(target + ": cannot write the trusted key: " + e.getMessage(), e);
        }
    }

    @Override
    public String publicKeyFile(Path privateKey, String office) throws CertificateException {
        return OfficeKeyFile.write(officeOf(privateKey, office).office());
    }

    /** The key pair in {@code privateKey} with the office that signs with it. */
    public static OfficeKeys officeOf(Path privateKey, String office) throws CertificateException {
        if (office == null || office.isBlank() || office.codePoints().anyMatch(Character::isISOControl)) {
            throw new CertificateException("the office's name is empty or holds a line break");
        }
        if (!Files.isRegularFile(privateKey)) {
            throw new CertificateException(privateKey + ": no such key file");
        }
        try {
            KeyPair keys = SigningKeys.keyPair(privateKey);
            return new OfficeKeys(keys,
                    new TrustedOffice(office.strip(), SigningKeys.fingerprint(keys.getPublic()), keys.getPublic()));
        } catch (ContentException e) {
            throw new CertificateException(privateKey + ": " + e.problems().get(0).message(), e);
        }
    }

    /** An office's key pair, with the name and fingerprint others see. */
    public record OfficeKeys(KeyPair keys, TrustedOffice office) {
    }

    private Optional<TrustedOffice> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > LARGEST_KEY_FILE) {
                return Optional.empty();
            }
            return Optional.of(OfficeKeyFile.read(Files.readAllBytes(file), Optional.empty()));
        } catch (IOException | IllegalArgumentException e) {
            // a damaged file in the trust folder trusts nobody
            return Optional.empty();
        }
    }
}
