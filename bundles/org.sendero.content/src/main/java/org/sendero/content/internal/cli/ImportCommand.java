package org.sendero.content.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.cli.CommandParser;
import org.sendero.cli.CliCommand;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstallOptions;
import org.sendero.content.SignerChangeException;
import org.sendero.content.internal.ContentService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sendero import FILE|DIR [--force] [--accept-signer FINGERPRINT] [--accept-unsigned]: a pack, or
 * documents into "My library".
 */
@Component(service = CliCommand.class)
public final class ImportCommand implements CliCommand {

    static final String FORCE = "--force";
    static final String ACCEPT_SIGNER = "--accept-signer";
    static final String ACCEPT_UNSIGNED = "--accept-unsigned";

    private final ContentLibrary library;

    @Activate
    public ImportCommand(@Reference ContentLibrary library) {
        this.library = library;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "FILE|DIR [--force] [--accept-signer FINGERPRINT] [--accept-unsigned]: install a pack (folder or"
                + " .sendero) or add documents (.md, .txt, .pdf) to My library; a pack installed with a signature is"
                + " replaced by a copy from another key only with --accept-signer NEW-FINGERPRINT, by an unsigned"
                + " copy only with --accept-unsigned";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser.Parsed line = new CommandParser(this, out, err).parse(new Line(), arguments);
        if (line.stopped()) {
            return line.exitCode();
        }
        Line parsed = (Line) line.command();
        String shown = parsed.source;
        InstallOptions options = new InstallOptions(parsed.force, Optional.ofNullable(parsed.acceptedSigner),
                parsed.acceptUnsigned);
        try {
            out.println(TerminalText.safe(ContentService.importAny(library, Path.of(shown), options).describe()));
            return 0;
        } catch (SignerChangeException e) {
            err.println(TerminalText.safe(e.getMessage() + "; to install it anyway, run: sendero import " + shown + " "
                    + e.newSigner().map(key -> ACCEPT_SIGNER + " " + key).orElse(ACCEPT_UNSIGNED)));
            return 1;
        } catch (ContentException e) {
            e.problems().forEach(problem -> err.println(TerminalText.safe(problem.toString())));
            return 1;
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            // whatever went wrong, the import did not happen: never exit 0, and say so in one line
            err.println(TerminalText.safe(shown + ":1:1: error: cannot import: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            return 1;
        }
    }

    @Command
    static final class Line {
        @Parameters(arity = "1", paramLabel = "FILE|DIR", description = "A pack (folder or .sendero) or documents.")
        String source;
        @Option(names = FORCE, description = "Install again a version that is already installed.")
        boolean force;
        @Option(names = ACCEPT_SIGNER, paramLabel = "FINGERPRINT", description = "Accept a new signing key.")
        String acceptedSigner;
        @Option(names = ACCEPT_UNSIGNED, description = "Accept an unsigned copy of a signed pack.")
        boolean acceptUnsigned;
    }
}
