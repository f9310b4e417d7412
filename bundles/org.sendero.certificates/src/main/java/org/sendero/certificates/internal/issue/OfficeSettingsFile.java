package org.sendero.certificates.internal.issue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.certificates.CertificateException;
import org.sendero.certificates.OfficeIdentity;
import org.sendero.certificates.OfficeSettings;
import org.sendero.certificates.Paper;
import org.sendero.certificates.internal.sign.TrustStore;
import org.sendero.core.AtomicFiles;
import org.sendero.core.SenderoEnvironment;

/**
 * The issuing office in {@code <data>/certificates/office.properties}: a file in the data folder, so
 * that the workbench and the command line issue alike. The key itself stays where the office keeps
 * it; only its path is written here.
 */
@Component(service = OfficeIdentity.class)
public final class OfficeSettingsFile implements OfficeIdentity {

    static final List<String> LANGUAGES = List.of("en", "es", "fr");

    private final Path file;

    @Activate
    public OfficeSettingsFile(@Reference SenderoEnvironment environment) {
        this(environment.dataFolder().root().resolve("certificates").resolve("office.properties"));
    }

    private OfficeSettingsFile(Path file) {
        this.file = file;
    }

    /** The office kept in {@code file}, outside the framework (the tests). */
    public static OfficeSettingsFile at(Path file) {
        return new OfficeSettingsFile(file);
    }

    @Override
    public Optional<OfficeSettings> settings() throws CertificateException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new CertificateException(file + ": cannot be read: " + e.getMessage(), e);
        }
        String office = required(values, "office");
        String language = required(values, "language");
        if (!LANGUAGES.contains(language)) {
            throw new CertificateException(file + ": language must be en, es or fr, not '" + language + "'");
        }
        Paper paper;
        try {
            paper = Paper.valueOf(required(values, "paper").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CertificateException(file + ": paper must be a4 or letter", e);
        }
        try {
            return Optional.of(new OfficeSettings(office, Path.of(required(values, "key")), language, paper));
        } catch (InvalidPathException e) {
            throw new CertificateException(file + ": key is not a path: " + e.getMessage(), e);
        }
    }

    private String required(Properties values, String name) throws CertificateException {
        String value = values.getProperty(name, "").strip();
        if (value.isEmpty()) {
            throw new CertificateException(file + ": '" + name + "' is missing");
        }
        return value;
    }

    @Override
    public void save(OfficeSettings settings) throws CertificateException {
        if (!LANGUAGES.contains(settings.language())) {
            throw new CertificateException("the certificates' language must be en, es or fr");
        }
        // refuses an empty name and a key that cannot sign now, not at the next completion
        TrustStore.officeOf(settings.key(), settings.office());
        Properties values = new Properties();
        values.setProperty("office", settings.office().strip());
        values.setProperty("key", settings.key().toAbsolutePath().normalize().toString());
        values.setProperty("language", settings.language());
        values.setProperty("paper", settings.paper().name().toLowerCase(Locale.ROOT));
        StringWriter text = new StringWriter();
        try {
            values.store(text, "The office that issues certificates when a learner completes a course");
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CertificateException(file + ": cannot write it: " + e.getMessage(), e);
        }
    }

    @Override
    public void clear() throws CertificateException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new CertificateException(file + ": cannot remove it: " + e.getMessage(), e);
        }
    }
}
