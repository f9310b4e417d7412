package org.sendero.content.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The ids a pack folder already uses, read from its file and folder names (and from the quiz files
 * for quiz ids), so a new id can be refused before anything is written, even in a pack that does
 * not validate yet.
 */
final class PackIds {

    private static final Pattern DOCUMENT = Pattern.compile("(.+)\\.([a-z]{2,3})\\.md");
    private static final Pattern YAML = Pattern.compile("(.+)\\.([a-z]{2,3})\\.yaml");

    /** id to the file or folder that uses it, relative to the pack. */
    final Map<String, String> courses = new TreeMap<>();
    final Map<String, String> modules = new TreeMap<>();
    final Map<String, String> lessons = new TreeMap<>();
    final Map<String, String> guidance = new TreeMap<>();
    final Map<String, String> quizzes = new TreeMap<>();

    private PackIds() {
    }

    static PackIds of(Path root) throws IOException {
        PackIds ids = new PackIds();
        for (Path course : folders(root.resolve("courses"))) {
            String courseName = course.getFileName().toString();
            ids.courses.put(courseName, "courses/" + courseName);
            for (Path module : folders(course)) {
                String base = "courses/" + courseName + "/" + module.getFileName();
                ids.modules.putIfAbsent(module.getFileName().toString(), base);
                for (Path file : files(module)) {
                    String name = file.getFileName().toString();
                    Matcher document = DOCUMENT.matcher(name);
                    if (document.matches()) {
                        ids.lessons.putIfAbsent(document.group(1), base + "/" + name);
                    } else if (YAML.matcher(name).matches()) {
                        quizId(file).ifPresent(id -> ids.quizzes.putIfAbsent(id, base + "/" + name));
                    }
                }
            }
        }
        for (Path file : files(root.resolve("guidance"))) {
            Matcher document = DOCUMENT.matcher(file.getFileName().toString());
            if (document.matches()) {
                ids.guidance.putIfAbsent(document.group(1), "guidance/" + file.getFileName());
            }
        }
        return ids;
    }

    /** The id written in a quiz file, when it can be read at all. */
    static Optional<String> quizId(Path file) {
        try {
            Object root = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
            if (root instanceof Map<?, ?> map && map.get("id") instanceof String id) {
                return Optional.of(id);
            }
        } catch (IOException | RuntimeException e) {
            // a broken quiz file claims no id; the validator reports it
        }
        return Optional.empty();
    }

    private static List<Path> folders(Path folder) throws IOException {
        return list(folder).filter(Files::isDirectory).toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        return list(folder).filter(Files::isRegularFile).toList();
    }

    private static Stream<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList().stream();
        }
    }
}
