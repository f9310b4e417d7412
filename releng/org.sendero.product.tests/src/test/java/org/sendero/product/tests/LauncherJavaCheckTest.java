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

/**
 * The launch script's choice of Java, on a copy of the installation without its bundled runtime:
 * JAVA_HOME is used when set, and a Java older than 21 is refused with one clear line.
 */
class LauncherJavaCheckTest {

    private static InstalledProduct product;
    private static Path withoutRuntime;

    @BeforeAll
    static void copyInstallationWithoutRuntime() throws IOException, InterruptedException {
        product = InstalledProduct.unpacked();
        withoutRuntime = product.work.resolve("without-runtime");
        InstalledProduct.deleteRecursively(withoutRuntime);
        Files.createDirectories(withoutRuntime.resolve("plugins"));
        Files.copy(product.home.resolve("sendero"), withoutRuntime.resolve("sendero"));
        try (var plugins = Files.list(product.home.resolve("plugins"))) {
            for (Path plugin : plugins.toList()) {
                Files.createSymbolicLink(withoutRuntime.resolve("plugins").resolve(plugin.getFileName()), plugin);
            }
        }
        Files.createSymbolicLink(withoutRuntime.resolve("configuration"), product.home.resolve("configuration"));
    }

    private static Path fakeJavaHome(String name, String versionLine) throws IOException {
        Path bin = product.work.resolve(name).resolve("bin");
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho '" + versionLine + "' >&2\nexit 0\n");
        java.toFile().setExecutable(true);
        return bin.getParent();
    }

    private static Result run(Path javaHome, String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = product.sendero(false, arguments);
        builder.command().set(0, withoutRuntime.resolve("sendero").toString());
        if (javaHome != null) {
            builder.environment().put("JAVA_HOME", javaHome.toString());
        }
        return InstalledProduct.run(builder, Duration.ofMinutes(1));
    }

    @Test
    void aJavaOlderThan21IsRefusedWithOneLine() throws IOException, InterruptedException {
        Path java17 = fakeJavaHome("java17", "openjdk version \"17.0.2\" 2022-01-18");
        Result result = run(java17, "--version");
        assertEquals(1, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("Java 17") && result.err().contains("Java 21 or newer is needed"),
                result.err());
    }

    @Test
    void theJavaOfJavaHomeIsUsedWhenNoRuntimeIsBundled() throws IOException, InterruptedException {
        Path realJdk = Path.of(System.getProperty("java.home"));
        Result result = run(realJdk, "--data", product.newDataFolder("java-home").toString(), "--version");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Sendero "), result.out());
    }

    @Test
    void withoutAnyJavaTheScriptSaysSo() throws IOException, InterruptedException {
        Result result = run(null, "--version");
        // the PATH's java is the test's decoy, which exits 97 and prints no version
        assertEquals(1, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("sendero: "), result.err());
    }
}
