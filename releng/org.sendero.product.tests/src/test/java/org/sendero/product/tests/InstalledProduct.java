package org.sendero.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Linux product archive, unpacked once into a work folder, and a way to run its launch script
 * the way a user would: no Java on the PATH, no JAVA_HOME, a fresh data folder.
 */
final class InstalledProduct {

    /** Tools the launch script uses; everything else, java above all, is off the PATH. */
    private static final List<String> SCRIPT_TOOLS = List.of("sh", "dirname", "sed", "head", "ls", "mkdir");

    private static InstalledProduct instance;

    final Path home;
    final Path work;
    private final Path pathWithoutJava;

    private InstalledProduct(Path home, Path work, Path pathWithoutJava) {
        this.home = home;
        this.work = work;
        this.pathWithoutJava = pathWithoutJava;
    }

    static synchronized InstalledProduct unpacked() throws IOException, InterruptedException {
        if (instance == null) {
            Path archive = Path.of(System.getProperty("product.archive"));
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("no product archive at " + archive + "; build the product first");
            }
            Path work = Path.of(System.getProperty("work.folder"));
            deleteRecursively(work);
            Files.createDirectories(work);
            Result untar = run(new ProcessBuilder("tar", "xzf", archive.toString(), "-C", work.toString()),
                    Duration.ofMinutes(2));
            if (untar.exitCode() != 0) {
                throw new IllegalStateException("tar failed: " + untar.err());
            }
            instance = new InstalledProduct(work.resolve("sendero"), work, toolsOnly(work.resolve("bin")));
        }
        return instance;
    }

    /**
     * A second installation of its own, unpacked beside the shared one, for a test that changes the
     * installation itself (an update) and so must not share it with the other tests.
     */
    static InstalledProduct unpackedCopy(String name) throws IOException, InterruptedException {
        Path archive = Path.of(System.getProperty("product.archive"));
        Path work = Path.of(System.getProperty("work.folder")).resolveSibling("own-" + name);
        deleteRecursively(work);
        Files.createDirectories(work);
        Result untar = run(new ProcessBuilder("tar", "xzf", archive.toString(), "-C", work.toString()),
                Duration.ofMinutes(2));
        if (untar.exitCode() != 0) {
            throw new IllegalStateException("tar failed: " + untar.err());
        }
        Path bin = toolsOnly(work.resolve("bin"));
        // p2 marks the new launcher script executable with the system's chmod, as on any PC
        Files.createSymbolicLink(bin.resolve("chmod"),
                Files.exists(Path.of("/bin/chmod")) ? Path.of("/bin/chmod") : Path.of("/usr/bin/chmod"));
        return new InstalledProduct(work.resolve("sendero"), work, bin);
    }

    /** A PATH with the script's tools and a {@code java} that fails loudly, so using it is caught. */
    private static Path toolsOnly(Path bin) throws IOException {
        Files.createDirectories(bin);
        for (String tool : SCRIPT_TOOLS) {
            Path target = Path.of("/bin", tool);
            if (!Files.exists(target)) {
                target = Path.of("/usr/bin", tool);
            }
            Files.createSymbolicLink(bin.resolve(tool), target);
        }
        Path fakeJava = bin.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho 'the java on PATH was used' >&2\nexit 97\n");
        fakeJava.toFile().setExecutable(true);
        return bin;
    }

    Path newDataFolder(String name) throws IOException {
        Path data = work.resolve("data-" + name);
        deleteRecursively(data);
        return data;
    }

    /** The launch script's process, environment as on a machine without Java. */
    ProcessBuilder sendero(boolean withDisplay, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("sendero").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_HOME");
        environment.remove("SENDERO_HOME");
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.put("PATH", pathWithoutJava.toString());
        if (!withDisplay) {
            environment.remove("DISPLAY");
            environment.remove("WAYLAND_DISPLAY");
        }
        return builder;
    }

    record Result(int exitCode, String out, String err, Duration took) {
    }

    static Result run(ProcessBuilder builder, Duration timeout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("sendero-out", ".txt");
        Path err = Files.createTempFile("sendero-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(builder.command() + " did not finish within " + timeout);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), took);
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
