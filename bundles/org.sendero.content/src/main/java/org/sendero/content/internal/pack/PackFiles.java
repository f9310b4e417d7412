package org.sendero.content.internal.pack;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.sendero.content.Problem;

/**
 * The files of a pack folder as relative paths with '/' separators, sorted. Links are reported and
 * never followed: a link could make a pack read (or, once installed, expose) files outside it.
 */
public final class PackFiles {

    /** More files than any real pack has; a folder with more is not a pack. */
    public static final int MAX_FILES = 20_000;
    /** Text files larger than this are refused before being read into memory. */
    static final long MAX_TEXT_BYTES = 4L * 1024 * 1024;

    private final Path root;
    private final TreeSet<String> files = new TreeSet<>();

    private PackFiles(Path root) {
        this.root = root;
    }

    public static PackFiles list(Path root, List<Problem> problems) throws IOException {
        PackFiles pack = new PackFiles(root);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root) && Files.isSymbolicLink(dir)) {
                    problems.add(Problem.error(pack.relative(dir), 1, 1, "links are not allowed in a pack"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String relative = pack.relative(file);
                if (attributes.isSymbolicLink() || Files.isSymbolicLink(file)) {
                    problems.add(Problem.error(relative, 1, 1, "links are not allowed in a pack"));
                } else if (!attributes.isRegularFile()) {
                    problems.add(Problem.error(relative, 1, 1, "not a regular file"));
                } else if (pack.files.size() >= MAX_FILES) {
                    problems.add(Problem.error(relative, 1, 1, "more than " + MAX_FILES + " files in the pack"));
                    return FileVisitResult.TERMINATE;
                } else {
                    pack.files.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return pack;
    }

    /** A view of one file of the folder, when it exists, for reading it alone. */
    static PackFiles single(Path root, String relative) {
        PackFiles pack = new PackFiles(root);
        if (isFile(root.resolve(relative))) {
            pack.files.add(relative);
        }
        return pack;
    }

    public Path root() {
        return root;
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    public List<String> all() {
        return new ArrayList<>(files);
    }

    public boolean contains(String relative) {
        return files.contains(relative);
    }

    /** Files directly inside {@code folder} (not in its subfolders). */
    List<String> in(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return files.subSet(prefix, prefix + Character.MAX_VALUE).stream()
                .filter(path -> path.indexOf('/', prefix.length()) < 0).toList();
    }

    /** Names of the subfolders directly inside {@code folder}. */
    List<String> folders(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        TreeSet<String> names = new TreeSet<>();
        for (String path : files.subSet(prefix, prefix + Character.MAX_VALUE)) {
            int slash = path.indexOf('/', prefix.length());
            if (slash > 0) {
                names.add(path.substring(prefix.length(), slash));
            }
        }
        return new ArrayList<>(names);
    }

    /** The file as UTF-8 text, or empty after reporting why it cannot be read. */
    Optional<String> text(String relative, List<Problem> problems) {
        Path file = root.resolve(relative);
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                problems.add(Problem.error(relative, 1, 1, "larger than " + MAX_TEXT_BYTES / (1024 * 1024) + " MB"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(relative, 1, 1, "not UTF-8 text"));
        } catch (IOException e) {
            problems.add(Problem.error(relative, 1, 1, "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    static boolean isFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
