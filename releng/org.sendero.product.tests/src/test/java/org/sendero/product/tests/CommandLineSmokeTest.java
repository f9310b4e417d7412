package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;

/** The installed command line, run headless on a machine with no Java of its own. */
class CommandLineSmokeTest {

    private static InstalledProduct product;

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        product = InstalledProduct.unpacked();
    }

    private Result sendero(String... arguments) throws IOException, InterruptedException {
        return InstalledProduct.run(product.sendero(false, arguments), Duration.ofMinutes(1));
    }

    @Test
    void versionNeedsNoDisplayAndNoJavaOnThePath() throws IOException, InterruptedException {
        Path data = product.newDataFolder("version");
        Result result = sendero("--data", data.toString(), "--version");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(
                result.out().strip()
                        .matches("Sendero \\d+\\.\\d+\\.\\d+ \\(built \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)"),
                result.out());
        assertEquals("", result.err());
        assertTrue(Files.isDirectory(data.resolve("logs")), "the data folder is created where --data says");
        System.out.println("sendero --version took " + result.took().toMillis() + " ms");
    }

    @Test
    void helpListsTheCommands() throws IOException, InterruptedException {
        Result result = sendero("--data", product.newDataFolder("help").toString(), "help");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Usage: sendero"), result.out());
        assertTrue(result.out().contains("version"), result.out());
    }

    @Test
    void anUnknownCommandFailsWithOneLineNamingIt() throws IOException, InterruptedException {
        Result result = sendero("--data", product.newDataFolder("unknown").toString(), "teleport", "--now");
        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("sendero: unknown command 'teleport'; commands: help, version"),
                result.err());
        assertEquals("", result.out());
    }

    @Test
    void theStarterLibraryIsThereOnFirstUseWithoutAQuestion() throws IOException, InterruptedException {
        Path data = product.newDataFolder("starter");
        Result result = sendero("--data", data.toString(), "packs");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("sendero-starter"), result.out());
        String shipped = java.util.regex.Pattern.compile("(?m)^version: (\\S+)$")
                .matcher(Files.readString(Path.of("../../bundles/org.sendero.starter/pack/pack.yaml")))
                .results().findFirst().orElseThrow().group(1);
        assertTrue(result.out().contains(shipped), "the version the product ships, " + shipped + ": " + result.out());
    }

    @Test
    void theDataFolderComesFromSenderoHomeWhenNoOptionIsGiven() throws IOException, InterruptedException {
        Path data = product.newDataFolder("environment");
        ProcessBuilder builder = product.sendero(false, "--version");
        builder.environment().put("SENDERO_HOME", data.toString());
        Result result = InstalledProduct.run(builder, Duration.ofMinutes(1));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.isDirectory(data.resolve("logs")));
    }
}
