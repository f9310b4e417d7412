package org.sendero.content.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.cli.CliCommand;
import org.sendero.content.internal.ContentService;
import org.sendero.content.internal.PackTools;
import org.sendero.content.testing.TestPacks;
import org.sendero.content.internal.markdown.MarkdownService;
import org.sendero.content.internal.store.PackStore;

class CommandsTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CliCommand command, String... arguments) {
        out.reset();
        err.reset();
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void validatePrintsOneLinePerProblemAndExitsNonZeroOnErrors() {
        ValidateCommand validate = new ValidateCommand(new PackTools());
        String broken = "src/test/packs/broken/numeric-range/pack";
        assertEquals(1, run(validate, broken));
        assertEquals(List.of(broken + "/courses/c1/m1/quiz.en.yaml:7:12: error: impossible numeric range [18, 12]: the"
                + " minimum is above the maximum",
                broken + "/courses/c1/m1/quiz.en.yaml:12:16: error: impossible numeric range: 'tolerance' is negative",
                broken + "/courses/c1/m1/quiz.en.yaml:13:5: error: numeric item 'q3' needs either 'answer' (with an"
                        + " optional 'tolerance') or 'range: [min, max]'"),
                errLines());
        assertEquals(broken + ": not valid (3 errors, 0 warnings)" + System.lineSeparator(), out());
        assertEquals(0, run(validate, TestPacks.STARTER.toString()));
        assertEquals(List.of(), errLines());
        assertEquals(2, run(validate));
        assertEquals(2, run(validate, "--strict", "x"));
        assertEquals(List.of("sendero validate: unknown option --strict"), errLines());
    }

    @Test
    void packImportPacksAndRemoveWorkTogether() throws Exception {
        PackTools tools = new PackTools();
        ContentService content = new ContentService(new PackStore(temp.resolve("data/packs")));
        Path file = temp.resolve("out/test.sendero");
        Path key = temp.resolve("office.key");
        org.sendero.content.internal.archive.PackSignature.writeKey(key);

        assertEquals(0, run(new PackCommand(tools), TestPacks.VALID.toString(), "-o", file.toString(), "--sign",
                key.toString()));
        assertTrue(out().startsWith("Wrote " + file + ": test-pack 1.0.0, 6 files, signed by SHA256:"), out());
        assertEquals(0, run(new ValidateCommand(tools), file.toString()));
        assertEquals(0, run(new ImportCommand(content), file.toString()));
        assertTrue(out().startsWith("Installed test-pack 1.0.0 (Test pack; signed by SHA256:"), out());
        assertEquals(1, run(new ImportCommand(content), file.toString()));
        assertEquals(
                List.of(file + ":1:1: error: test-pack 1.0.0 is already installed; use --force to install it again"),
                errLines());
        assertEquals(0, run(new ImportCommand(content), "--force", file.toString()));

        assertEquals(0, run(new PacksCommand(content), "--json"));
        assertTrue(out().matches("(?s)\\[\n  \\{\n    \"id\": \"test-pack\",\n    \"version\": \"1.0.0\",\n"
                + "    \"title\": \"Test pack\",\n    \"signer\": \"SHA256:[A-Za-z0-9+/]{43}\"\n  \\}\n\\]\\R"), out());
        assertEquals(0, run(new PacksCommand(content)));
        assertTrue(out().startsWith("test-pack"), out());

        assertEquals(0, run(new RemoveCommand(content), "test-pack"));
        assertEquals(1, run(new RemoveCommand(content), "test-pack"));
        assertEquals(List.of("test-pack:1:1: error: no pack with this id is installed"), errLines());
        assertEquals(0, run(new PacksCommand(content), "--json"));
        assertEquals("[]" + System.lineSeparator(), out());
    }

    @Test
    void packRefusesAPackWithErrorsAndWritesNothing() {
        Path file = temp.resolve("broken.sendero");
        assertEquals(1, run(new PackCommand(new PackTools()), "src/test/packs/broken/duplicate-ids/pack", "-o",
                file.toString()));
        assertEquals(2, errLines().size());
        assertTrue(Files.notExists(file));
        assertEquals(2, run(new PackCommand(new PackTools()), "src/test/packs/valid"));
    }

    @Test
    void renderPrintsTheSafeHtml() throws IOException {
        Path markdown = Files.writeString(temp.resolve("lesson.md"),
                "---\nid: x\n---\n# Title\n\n[see](guidance:tip-definition#act) <script>alert(1)</script>\n");
        assertEquals(0, run(new RenderCommand(new MarkdownService()), markdown.toString()));
        assertEquals("<h1 id=\"title\">Title</h1>\n<p><a href=\"sendero://guidance/tip-definition#act\">see</a>"
                + " &lt;script&gt;alert(1)&lt;/script&gt;</p>\n", out());
        assertEquals(1, run(new RenderCommand(new MarkdownService()), temp.resolve("missing.md").toString()));
        assertEquals(1, errLines().size());
        assertTrue(errLines().get(0).startsWith(temp.resolve("missing.md") + ":1:1: error: cannot be read"),
                errLines().get(0));
    }
}
