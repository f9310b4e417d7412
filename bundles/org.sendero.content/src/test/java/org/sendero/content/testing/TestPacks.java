package org.sendero.content.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copies of the test packs that a test may change, and a fingerprint of a folder's contents. */
public final class TestPacks {

    public static final Path VALID = Path.of("src/test/packs/valid");
    public static final Path STARTER = Path.of("../org.sendero.starter/pack");

    private TestPacks() {
    }

    /** A copy of the small valid pack with the given version. */
    public static Path validPack(Path parent, String version) throws IOException {
        Path copy = parent.resolve("pack-" + version);
        copyTree(VALID, copy);
        Path packYaml = copy.resolve("pack.yaml");
        Files.writeString(packYaml, Files.readString(packYaml).replace("version: 1.0.0", "version: " + version));
        return copy;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Every file under {@code root} with its content, to compare a folder before and after. */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
