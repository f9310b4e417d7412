package org.sendero.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sendero.cli.internal.CommandLineService;
import org.sendero.content.ContentLibrary;
import org.sendero.content.MarkdownRenderer;
import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.InstalledPack;
import org.sendero.core.ContentImporter;
import org.sendero.core.SenderoEnvironment;

/**
 * The content bundle inside OSGi: its services resolve flexmark, snakeyaml and PDFBox from their
 * wrapped bundles, and its subcommands are found by the command line.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class ContentServicesTest {

    /** The starter pack in the source tree; tests run in this module's folder. */
    static final Path STARTER = Path.of("../../bundles/org.sendero.starter/pack").toAbsolutePath().normalize();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) throws InterruptedException {
        out.reset();
        err.reset();
        return ServicesTest.service(CommandLineService.class).execute(List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs first: the data folder is new (the build empties it), as on a newcomer's first start. */
    @Test
    @Order(1)
    void theStarterPackIsInstalledWhenContentIsFirstAskedFor() throws Exception {
        Path packs = ServicesTest.service(SenderoEnvironment.class).dataFolder().packs();
        List<InstalledPack> installed = ServicesTest.service(ContentLibrary.class).installed();
        assertEquals(List.of("sendero-starter"), installed.stream().map(pack -> pack.info().id()).toList());
        assertTrue(
                Files.readAllLines(packs.resolve(".bundled-offered")).contains("sendero-starter@" + shippedVersion()));
        PackReport starter = ServicesTest.service(ContentLibrary.class).load("sendero-starter");
        assertEquals(List.of(), starter.problems());
        assertEquals(4, starter.pack().orElseThrow().courses().size());
    }

    /** The starter pack's version as the product ships it. */
    private static String shippedVersion() throws java.io.IOException {
        return java.util.regex.Pattern.compile("(?m)^version: (\\S+)$")
                .matcher(Files.readString(STARTER.resolve("pack.yaml")))
                .results().findFirst().orElseThrow().group(1);
    }

    @Test
    void theValidatorAcceptsTheStarterPackInsideOsgi() throws InterruptedException {
        assertTrue(Files.isDirectory(STARTER), "no starter pack at " + STARTER);
        PackReport report = ServicesTest.service(PackValidator.class).validate(STARTER);
        assertEquals(List.of(), report.problems());
        assertEquals("sendero-starter", report.pack().orElseThrow().id());
    }

    @Test
    void theRendererIsAServiceAndEscapesRawHtml() throws InterruptedException {
        String html = ServicesTest.service(MarkdownRenderer.class).render("# T\n\n<script>x</script>", "p").html();
        assertEquals("<h1 id=\"t\">T</h1>\n<p>&lt;script&gt;x&lt;/script&gt;</p>\n", html);
    }

    @Test
    void theContentSubcommandsAreListedByHelp() throws InterruptedException {
        assertEquals(0, run("help"));
        for (String command : List.of("validate", "pack", "import", "packs", "remove", "render")) {
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("  " + command + " "),
                    command + " missing from help");
        }
    }

    @Test
    void importListAndRemoveThroughTheCommandLine() throws Exception {
        assertTrue(ServicesTest.service(ContentImporter.class) instanceof ContentLibrary);
        Path packFile = Files.createTempDirectory("sendero-itest").resolve("starter.sendero");
        assertEquals(0, run("pack", STARTER.toString(), "-o", packFile.toString()),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("import", "--force", packFile.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("sendero-starter " + shippedVersion()),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("packs", "--json"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"id\": \"sendero-starter\""),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("remove", "sendero-starter"));
        assertEquals(1, run("remove", "sendero-starter"));
        assertEquals("sendero-starter:1:1: error: no pack with this id is installed",
                err.toString(StandardCharsets.UTF_8).strip());
    }
}
