package org.sendero.authoring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One file or folder of a pack, with what it is in the pack's format (course, module, lesson ...),
 * read from where it lies in the folder structure.
 */
public record PackEntry(Path path, Kind kind, List<PackEntry> children) {

    public enum Kind {
        PACK, GLOSSARY, FOLDER, GUIDANCE, COURSE, COURSE_SETTINGS, MODULE, MODULE_SETTINGS, LESSON, QUIZ, ASSET, OTHER;

        public String label() {
            return switch (this) {
                case PACK -> Messages.Kind_pack;
                case GLOSSARY -> Messages.Kind_glossary;
                case FOLDER -> Messages.Kind_folder;
                case GUIDANCE -> Messages.Kind_guidance;
                case COURSE -> Messages.Kind_course;
                case COURSE_SETTINGS -> Messages.Kind_courseSettings;
                case MODULE -> Messages.Kind_module;
                case MODULE_SETTINGS -> Messages.Kind_moduleSettings;
                case LESSON -> Messages.Kind_lesson;
                case QUIZ -> Messages.Kind_quiz;
                case ASSET -> Messages.Kind_asset;
                case OTHER -> Messages.Kind_other;
            };
        }
    }

    public PackEntry {
        children = List.copyOf(children);
    }

    public boolean isFolder() {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    public String name() {
        return path.getFileName().toString();
    }

    /** The entries under the pack's folder: settings and glossary first, then folders, then files. */
    public static List<PackEntry> read(Path packFolder) {
        return childrenOf(packFolder, packFolder);
    }

    private static List<PackEntry> childrenOf(Path packFolder, Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing((Path path) -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                            .thenComparing(path -> path.getFileName().toString()))
                    .map(path -> entry(packFolder, path))
                    .sorted(Comparator
                            .comparing(entry -> entry.kind() == Kind.PACK ? 0 : entry.kind() == Kind.GLOSSARY ? 1 : 2))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PackEntry entry(Path packFolder, Path path) {
        boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        Kind kind = kindOf(packFolder.relativize(path), folder);
        return new PackEntry(path, kind, folder ? childrenOf(packFolder, path) : List.of());
    }

    /** What a file or folder is, from its place: {@code courses/COURSE/MODULE/LESSON.LANG.md} is a lesson. */
    static Kind kindOf(Path relative, boolean folder) {
        int depth = relative.getNameCount();
        String top = relative.getName(0).toString();
        String name = relative.getFileName().toString();
        if (top.equals("assets")) {
            return folder ? Kind.FOLDER : Kind.ASSET;
        }
        if (top.equals("courses")) {
            if (folder) {
                return depth == 2 ? Kind.COURSE : depth == 3 ? Kind.MODULE : Kind.FOLDER;
            }
            if (depth == 3 && name.equals("course.yaml")) {
                return Kind.COURSE_SETTINGS;
            }
            if (depth == 4) {
                return name.equals("module.yaml") ? Kind.MODULE_SETTINGS
                        : name.endsWith(".md") ? Kind.LESSON : name.endsWith(".yaml") ? Kind.QUIZ : Kind.OTHER;
            }
            return Kind.OTHER;
        }
        if (top.equals("guidance")) {
            return folder ? Kind.FOLDER : name.endsWith(".md") && depth == 2 ? Kind.GUIDANCE : Kind.OTHER;
        }
        if (folder) {
            return Kind.FOLDER;
        }
        return depth == 1 && name.equals("pack.yaml") ? Kind.PACK
                : depth == 1 && name.equals("glossary.yaml") ? Kind.GLOSSARY : Kind.OTHER;
    }

    /** Whether the editor opens it: text files of the pack, not images. */
    public boolean isText() {
        String name = name();
        return !isFolder()
                && (name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".txt"));
    }
}
