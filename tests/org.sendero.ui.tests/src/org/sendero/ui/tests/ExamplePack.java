package org.sendero.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of docs/example-pack that a test may change, as a trainer changes a pack. */
final class ExamplePack {

    static final Path FOLDER = Path.of("../../docs/example-pack").toAbsolutePath().normalize();

    private ExamplePack() {
    }

    /** Copies the example pack into {@code folder}/example-pack and returns that folder. */
    static Path copyInto(Path folder) throws IOException {
        Path pack = folder.resolve("example-pack");
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path file : files.toList()) {
                Path target = pack.resolve(FOLDER.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return pack;
    }
}
