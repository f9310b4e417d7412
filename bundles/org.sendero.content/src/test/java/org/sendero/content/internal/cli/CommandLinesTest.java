package org.sendero.content.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendero.cli.CliCommand;
import org.sendero.cli.CommandParser;

/** How each content command reads its command line; nothing here reaches a service. */
class CommandLinesTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandParser parser(CliCommand command) {
        return new CommandParser(command, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs the command itself, for lines that must stop before any service is used. */
    private int run(CliCommand command, String... arguments) {
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private void assertUsage(String line, CliCommand command, String... arguments) {
        err.reset();
        assertEquals(2, run(command, arguments));
        assertEquals(line + "\n", err());
    }

    private void assertHelp(CliCommand command, String... arguments) {
        out.reset();
        err.reset();
        assertEquals(0, run(command, arguments));
        assertTrue(out().startsWith("Usage: sendero " + command.name()), out());
        assertEquals("", err());
    }

    @Test
    void packs() {
        PacksCommand packs = new PacksCommand(null);
        assertTrue(
                ((PacksCommand.Line) parser(packs).parse(new PacksCommand.Line(), List.of("--json")).command()).json);
        assertFalse(((PacksCommand.Line) parser(packs).parse(new PacksCommand.Line(), List.of()).command()).json);
        assertUsage("sendero packs: unknown option --jsn", packs, "--jsn");
        assertUsage("sendero packs: unexpected argument 'all'", packs, "all");
        assertHelp(packs, "--help");
    }

    @Test
    void render() {
        RenderCommand render = new RenderCommand(null);
        RenderCommand.Line line = (RenderCommand.Line) parser(render)
                .parse(new RenderCommand.Line(), List.of("--pack=guidance", "--", "-notes.md")).command();
        assertEquals("-notes.md", line.file);
        assertEquals("guidance", line.pack);
        assertEquals("local", ((RenderCommand.Line) parser(render).parse(new RenderCommand.Line(), List.of("a.md"))
                .command()).pack);
        assertUsage("sendero render: missing FILE.md: the Markdown file to render", render);
        assertUsage("sendero render: --pack needs a value", render, "a.md", "--pack");
        assertUsage("sendero render: unknown option --packs", render, "a.md", "--packs", "x");
        assertUsage("sendero render: unexpected argument 'b.md'", render, "a.md", "b.md");
        assertHelp(render, "-h");
    }

    @Test
    void pack() {
        PackCommand pack = new PackCommand(null);
        PackCommand.Line line = (PackCommand.Line) parser(pack)
                .parse(new PackCommand.Line(), List.of("dir", "-o", "out.sendero", "--sign=key.pem")).command();
        assertEquals("dir", line.folder);
        assertEquals("out.sendero", line.target);
        assertEquals("key.pem", line.key);
        assertEquals("x.sendero", ((PackCommand.Line) parser(pack)
                .parse(new PackCommand.Line(), List.of("--output=x.sendero", "dir")).command()).target);
        assertNull(((PackCommand.Line) parser(pack).parse(new PackCommand.Line(), List.of("dir", "-o", "f"))
                .command()).key);
        assertUsage("sendero pack: missing --output FILE.sendero", pack, "dir");
        assertUsage("sendero pack: -o needs a value", pack, "dir", "-o");
        assertUsage("sendero pack: unknown option --signed", pack, "dir", "-o", "f", "--signed", "k");
        assertHelp(pack, "--help");
    }

    @Test
    void importing() {
        ImportCommand command = new ImportCommand(null);
        ImportCommand.Line line = (ImportCommand.Line) parser(command).parse(new ImportCommand.Line(),
                List.of("--force", "pack.sendero", "--accept-signer=SHA256:ab", "--accept-unsigned")).command();
        assertEquals("pack.sendero", line.source);
        assertTrue(line.force);
        assertTrue(line.acceptUnsigned);
        assertEquals("SHA256:ab", line.acceptedSigner);
        ImportCommand.Line plain = (ImportCommand.Line) parser(command).parse(new ImportCommand.Line(),
                List.of("--", "--odd-name.md")).command();
        assertEquals("--odd-name.md", plain.source);
        assertFalse(plain.force);
        assertNull(plain.acceptedSigner);
        assertUsage("sendero import: --accept-signer needs a value", command, "p.sendero", "--accept-signer");
        assertUsage("sendero import: unknown option --focre", command, "--focre", "p.sendero");
        assertUsage("sendero import: missing FILE|DIR: a pack (folder or .sendero) or documents", command);
        assertHelp(command, "--help");
    }

    @Test
    void validate() {
        ValidateCommand validate = new ValidateCommand(null);
        assertEquals("-pack", ((ValidateCommand.Line) parser(validate)
                .parse(new ValidateCommand.Line(), List.of("--", "-pack")).command()).pack);
        assertUsage("sendero validate: unknown option --strict", validate, "--strict", "x");
        assertUsage("sendero validate: unexpected argument 'b'", validate, "a", "b");
        assertHelp(validate, "--help");
    }

    @Test
    void remove() {
        RemoveCommand remove = new RemoveCommand(null);
        assertEquals("-odd", ((RemoveCommand.Line) parser(remove)
                .parse(new RemoveCommand.Line(), List.of("--", "-odd")).command()).id);
        assertUsage("sendero remove: missing PACK_ID: an installed pack (see sendero packs)", remove);
        assertUsage(
                "sendero remove: unknown option -f; a PACK_ID that starts with - goes after --, e.g. sendero remove -- -f",
                remove, "-f", "x");
        assertHelp(remove, "-h");
    }

    @Test
    void gift() {
        GiftCommand gift = new GiftCommand(null, null);
        GiftCommand.ImportLine imported = (GiftCommand.ImportLine) parser(gift).parse(new GiftCommand.Line(),
                List.of("import", "bank.gift", "--into=m1", "--lang", "es", "--format=aiken", "--append")).command();
        assertEquals("bank.gift", imported.file);
        assertEquals("m1", imported.into);
        assertEquals("es", imported.lang);
        assertEquals("aiken", imported.format);
        assertTrue(imported.append);
        assertFalse(imported.force);
        GiftCommand.ExportLine exported = (GiftCommand.ExportLine) parser(gift).parse(new GiftCommand.Line(),
                List.of("export", "m1-quiz", "-o=out.gift")).command();
        assertEquals("m1-quiz", exported.quizId);
        assertEquals("en", exported.lang);
        assertEquals("out.gift", exported.output);
        assertUsage("sendero gift: --force and --append do not go together", gift,
                "import", "b.gift", "--into", "m1", "--force", "--append");
        assertUsage("sendero gift: --format must be gift or aiken", gift,
                "import", "b.gift", "--into", "m1", "--format", "xml");
        assertUsage("sendero gift: missing --into MODULE_DIR", gift, "import", "b.gift");
        assertUsage("sendero gift: --lang needs a value", gift, "export", "q", "--lang");
        assertUsage("sendero gift: unknown option --into", gift, "export", "q", "--into", "m1");
        assertUsage("sendero gift: unknown subcommand 'convert'; one of: import, export", gift, "convert", "x");
        assertUsage("sendero gift: name what to do: gift import FILE --into MODULE_DIR | gift export QUIZ_ID", gift);
        assertHelp(gift, "--help");
        assertHelp(gift, "import", "--help");
        assertTrue(out().startsWith("Usage: sendero gift import "), out());
    }
}
