package org.sendero.update.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;
import org.sendero.content.ContentException;
import org.sendero.content.authoring.SigningKeys;
import org.sendero.update.UpdateException;
import org.sendero.update.internal.IndexSignature;
import org.sendero.update.internal.UpdateKeys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sendero sign-update DIR --key KEY: signs a built p2 repository of Sendero with the product's
 * key, so that installations which trust that key accept it as an update.
 */
@Component(service = CliCommand.class)
public final class SignUpdateCommand implements CliCommand {

    @Override
    public String name() {
        return "sign-update";
    }

    @Override
    public String summary() {
        return "DIR --key KEY: sign a Sendero p2 repository so installations can update from it";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        CommandParser parser = new CommandParser(this, out, err);
        CommandParser.Parsed parsed = parser.parse(new Line(), arguments);
        if (parsed.stopped()) {
            return parsed.exitCode();
        }
        Line line = (Line) parsed.command();
        Path folder = Path.of(line.repository);
        if (!Files.isDirectory(folder)) {
            err.println("sendero sign-update: " + folder + ": no such folder");
            return 1;
        }
        try {
            KeyPair key = SigningKeys.keyPair(Path.of(line.key));
            Path written = IndexSignature.sign(folder, key);
            out.println("Signed " + written + " with " + UpdateKeys.fingerprint(key.getPublic()));
            out.println("Installations that take updates from it list this line in " + UpdateKeys.FILE_NAME + ":");
            out.println(UpdateKeys.line(key.getPublic(), "sendero-updates"));
            return 0;
        } catch (ContentException | UpdateException e) {
            err.println("sendero sign-update: " + e.getMessage().replaceAll("\\R", " "));
            return 1;
        }
    }

    @Command(name = "sign-update")
    static final class Line {
        @Parameters(paramLabel = "DIR", description = "The p2 repository (the build's target/repository).")
        String repository;
        @Option(names = "--key", required = true, paramLabel = "KEY", description = "The product's private key (PEM).")
        String key;
    }
}
