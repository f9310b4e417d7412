package org.sendero.certificates.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.certificates.CertificateException;
import org.sendero.certificates.CertificateIssuer;
import org.sendero.certificates.CertificateVerifier;
import org.sendero.certificates.IssueRequest;
import org.sendero.certificates.IssuedCertificate;
import org.sendero.certificates.OfficeIdentity;
import org.sendero.certificates.OfficeSettings;
import org.sendero.certificates.Paper;
import org.sendero.certificates.TrustedOffice;
import org.sendero.certificates.TrustedOffices;
import org.sendero.certificates.Verification;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;
import org.sendero.core.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sendero certificate issue|verify|trust|trusted|public-key|office: certificates of completion, signed
 * by the office's key and checked offline against the offices' public keys installed here.
 */
@Component(service = CliCommand.class)
public final class CertificateCommand implements CliCommand {

    private final CertificateIssuer issuer;
    private final CertificateVerifier verifier;
    private final TrustedOffices trusted;
    private final OfficeIdentity identity;

    @Activate
    public CertificateCommand(@Reference CertificateIssuer issuer, @Reference CertificateVerifier verifier,
            @Reference TrustedOffices trusted, @Reference OfficeIdentity identity) {
        this.issuer = issuer;
        this.verifier = verifier;
        this.trusted = trusted;
        this.identity = identity;
    }

    @Override
    public String name() {
        return "certificate";
    }

    @Override
    public String summary() {
        return "issue --learner NAME --course ID [--key KEY --office NAME] | verify FILE.pdf|CODE | trust KEYFILE"
                + " | trusted | public-key --key KEY --office NAME | office [--key KEY --office NAME | --clear]:"
                + " certificates of completion";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed line = parser.parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        try {
            return switch (line.command()) {
                case IssueLine issue -> issue(issue, out, parser);
                case VerifyLine verify -> verify(verify.target, out, err);
                case TrustLine trust -> trust(trust, out);
                case TrustedLine list -> list(out);
                case PublicKeyLine key -> publicKey(key, out);
                case OfficeLine office -> office(office, out, parser);
                default -> parser.usageError("name what to do: issue, verify, trust, trusted, public-key or office");
            };
        } catch (CertificateException e) {
            err.println("sendero certificate: " + e.getMessage().replaceAll("\\R", " "));
            return 1;
        }
    }

    private int issue(IssueLine line, PrintStream out, CommandParser parser) throws CertificateException {
        Optional<OfficeSettings> configured = identity.settings();
        if ((line.key == null || line.office == null) && configured.isEmpty()) {
            return parser.usageError("give --key and --office, or set the office once with: sendero certificate"
                    + " office --key KEY --office NAME");
        }
        String language = Optional.ofNullable(line.language).orElse(configured.map(OfficeSettings::language)
                .orElse("en")).toLowerCase(Locale.ROOT);
        if (!List.of("en", "es", "fr").contains(language)) {
            return parser.usageError("--lang must be en, es or fr");
        }
        Optional<Paper> paper = line.paper == null ? Optional.of(configured.map(OfficeSettings::paper).orElse(Paper.A4))
                : paper(line.paper);
        if (paper.isEmpty()) {
            return parser.usageError("--paper must be a4 or letter");
        }
        Path key = line.key == null ? configured.orElseThrow().key() : Path.of(line.key);
        String office = line.office == null ? configured.orElseThrow().office() : line.office;
        IssuedCertificate issued = issuer.issue(new IssueRequest(line.learner, line.course, key, office, language,
                paper.get(), Optional.ofNullable(line.output).map(Path::of)));
        out.println("Issued " + issued.file());
        out.println("signed by " + issued.certificate().office() + " (" + issued.fingerprint() + ")");
        out.println("code: " + issued.code());
        return 0;
    }

    private static Optional<Paper> paper(String name) {
        try {
            return Optional.of(Paper.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private int office(OfficeLine line, PrintStream out, CommandParser parser) throws CertificateException {
        if (line.clear) {
            identity.clear();
            out.println("Certificates are now issued only on request (sendero certificate issue).");
            return 0;
        }
        if (line.key == null && line.office == null) {
            Optional<OfficeSettings> settings = identity.settings();
            settings.ifPresentOrElse(s -> out.println("Issued by " + s.office() + " with the key " + s.key() + " ("
                    + s.language() + ", " + s.paper().name().toLowerCase(Locale.ROOT) + ") when a course is completed"),
                    () -> out.println("No office set: certificates are issued only on request."));
            return 0;
        }
        if (line.key == null || line.office == null) {
            return parser.usageError("give both --key and --office");
        }
        Optional<Paper> paper = paper(line.paper);
        if (paper.isEmpty()) {
            return parser.usageError("--paper must be a4 or letter");
        }
        String language = line.language.toLowerCase(Locale.ROOT);
        if (!List.of("en", "es", "fr").contains(language)) {
            return parser.usageError("--lang must be en, es or fr");
        }
        identity.save(new OfficeSettings(line.office, Path.of(line.key), language, paper.get()));
        out.println("From now on " + line.office.strip() + " issues a certificate whenever a learner completes a"
                + " course.");
        return 0;
    }

    private int verify(String target, PrintStream out, PrintStream err) {
        Path file = asPath(target);
        boolean isFile = file != null && Files.isRegularFile(file);
        if (!isFile && !target.strip().startsWith("SC1.")) {
            err.println(target + ": no such file, and not a verification code (those start with SC1.)");
            return 1;
        }
        Verification result = isFile ? verifier.verifyPdf(file) : verifier.verifyCode(target);
        String shown = isFile ? target : "code";
        if (!result.valid()) {
            err.println(shown + ": " + result.reason());
            return 1;
        }
        out.println(shown + ": " + result.reason());
        result.certificate().orElseThrow().fields()
                .forEach((field, value) -> out.println("  " + field.key() + ": " + value));
        return 0;
    }

    /** The operand as a path, or null when it cannot be one (a code may be long or hold odd characters). */
    private static Path asPath(String operand) {
        try {
            return operand.length() > 1000 ? null : Path.of(operand);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private int trust(TrustLine line, PrintStream out) throws CertificateException {
        TrustedOffice office = trusted.trust(Path.of(line.file), Optional.ofNullable(line.office));
        out.println("Trusted " + office.office() + " (" + office.fingerprint() + ")");
        return 0;
    }

    private int list(PrintStream out) throws CertificateException {
        List<TrustedOffice> offices = trusted.list();
        if (offices.isEmpty()) {
            out.println("No trusted offices yet; add one with: sendero certificate trust KEYFILE");
        }
        offices.forEach(office -> out.println(office.office() + "  " + office.fingerprint()));
        return 0;
    }

    private int publicKey(PublicKeyLine line, PrintStream out) throws CertificateException {
        String text = trusted.publicKeyFile(Path.of(line.key), line.office);
        if (line.output == null) {
            out.print(text);
            return 0;
        }
        Path file = Path.of(line.output);
        try {
            AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CertificateException(file + ": cannot write it: " + e.getMessage(), e);
        }
        out.println("Wrote " + file);
        return 0;
    }

    @Command(subcommands = { IssueLine.class, VerifyLine.class, TrustLine.class, TrustedLine.class,
            PublicKeyLine.class, OfficeLine.class })
    static final class Line {
    }

    @Command(name = "issue", description = "Issue (or issue again) the certificate of a completed course.")
    static final class IssueLine {
        @Option(names = "--learner", required = true, paramLabel = "NAME", description = "The learner.")
        String learner;
        @Option(names = "--course", required = true, paramLabel = "ID", description = "The course's id.")
        String course;
        @Option(names = "--key", paramLabel = "KEY", description = "The office's private key (PEM; default: the office's).")
        String key;
        @Option(names = "--office", paramLabel = "NAME", description = "The office's name (default: the office's).")
        String office;
        @Option(names = "--lang", paramLabel = "en|es|fr", description = "The certificate's language (default: the office's, else en).")
        String language;
        @Option(names = "--paper", paramLabel = "a4|letter", description = "The paper size (default: the office's, else a4).")
        String paper;
        @Option(names = "-o", paramLabel = "FILE", description = "The PDF to write (default: in the data folder).")
        String output;
    }

    @Command(name = "verify", description = "Check a certificate PDF or a verification code, offline.")
    static final class VerifyLine {
        @Parameters(paramLabel = "FILE.pdf|CODE", description = "The certificate or its code.")
        String target;
    }

    @Command(name = "trust", description = "Trust an office's public key to check its certificates.")
    static final class TrustLine {
        @Parameters(paramLabel = "KEYFILE", description = "The office key file (or a PEM public key).")
        String file;
        @Option(names = "--office", paramLabel = "NAME", description = "The office's name, for a PEM public key.")
        String office;
    }

    @Command(name = "trusted", description = "List the offices whose certificates are trusted here.")
    static final class TrustedLine {
    }

    @Command(name = "public-key", description = "Write the office key file that other offices trust.")
    static final class PublicKeyLine {
        @Option(names = "--key", required = true, paramLabel = "KEY", description = "The office's private key (PEM).")
        String key;
        @Option(names = "--office", required = true, paramLabel = "NAME", description = "The office's name.")
        String office;
        @Option(names = "-o", paramLabel = "FILE", description = "The file to write (default: stdout).")
        String output;
    }

    @Command(name = "office", description = "Show, set or clear the office that issues a certificate by itself"
            + " whenever a learner completes a course.")
    static final class OfficeLine {
        @Option(names = "--key", paramLabel = "KEY", description = "The office's private key (PEM).")
        String key;
        @Option(names = "--office", paramLabel = "NAME", description = "The office's name.")
        String office;
        @Option(names = "--lang", paramLabel = "en|es|fr", description = "The certificates' language (default es).")
        String language = "es";
        @Option(names = "--paper", paramLabel = "a4|letter", description = "The paper size (default letter).")
        String paper = "letter";
        @Option(names = "--clear", description = "Issue certificates only on request again.")
        boolean clear;
    }
}
