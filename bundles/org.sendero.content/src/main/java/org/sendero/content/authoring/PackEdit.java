package org.sendero.content.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendero.content.ContentException;
import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;
import org.sendero.core.AtomicFiles;

/**
 * The files one authoring step writes, applied together: each atomically, then the whole pack is
 * validated, and when the step brought an error into a file it touched, every file is put back as
 * it was. So a wizard never leaves a pack worse than it found it.
 */
final class PackEdit {

    private final Path root;
    private final PackValidator validator;
    /** Relative path to the new text; true when the file must not exist yet. */
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Set<String> creations = new LinkedHashSet<>();

    PackEdit(Path root, PackValidator validator) {
        this.root = root;
        this.validator = validator;
    }

    /** Files outside a pack (a module folder being drafted): written the same way, with nothing to validate against. */
    static PackEdit unchecked(Path folder) {
        return new PackEdit(folder, null);
    }

    void create(String path, String text) {
        texts.put(path, text);
        creations.add(path);
    }

    void replace(String path, String text) {
        texts.put(path, text);
    }

    /**
     * Writes every file, then validates once. Only when a touched file has an error is the step
     * undone and the pack validated as it was: an error that was there before the step does not
     * stop it, so the step is written again.
     */
    Written apply() throws ContentException {
        Applied applied = write();
        List<Path> written = (creations.isEmpty() ? texts.keySet() : creations).stream().map(root::resolve).toList();
        if (validator == null) {
            return new Written(written, List.of());
        }
        PackReport after = validator.validate(root);
        List<Problem> errors = after.problems().stream().filter(p -> p.isError() && texts.containsKey(p.path()))
                .toList();
        List<Problem> warnings = after.problems().stream().filter(p -> !p.isError() && texts.containsKey(p.path()))
                .toList();
        if (errors.isEmpty()) {
            return new Written(written, warnings);
        }
        undo(applied, false);
        Set<String> before = errorsIn(validator.validate(root));
        List<Problem> brought = errors.stream().filter(p -> !before.contains(key(p))).toList();
        if (!brought.isEmpty()) {
            throw new ContentException(brought);
        }
        write();
        return new Written(written, warnings);
    }

    /** What writing changed, to put back. */
    private record Applied(Map<String, Optional<byte[]>> originals, List<Path> createdFolders) {
    }

    private Applied write() throws ContentException {
        Applied applied = new Applied(new LinkedHashMap<>(), new ArrayList<>());
        try {
            for (Map.Entry<String, String> entry : texts.entrySet()) {
                Path file = root.resolve(entry.getKey());
                applied.createdFolders().addAll(missingFolders(file.getParent()));
                byte[] bytes = entry.getValue().getBytes(StandardCharsets.UTF_8);
                if (creations.contains(entry.getKey())) {
                    applied.originals().put(entry.getKey(), Optional.empty());
                    AtomicFiles.create(file, bytes);
                } else {
                    applied.originals().put(entry.getKey(), Optional.of(Files.readAllBytes(file)));
                    AtomicFiles.write(file, bytes);
                }
            }
            return applied;
        } catch (FileAlreadyExistsException e) {
            undo(applied, true);
            throw ContentException.of(relative(Path.of(e.getFile())), "already exists; nothing was written");
        } catch (IOException e) {
            undo(applied, true);
            throw ContentException.of(root.toString(), "cannot write: " + e.getMessage());
        }
    }

    private Set<String> errorsIn(PackReport report) {
        Set<String> keys = new LinkedHashSet<>();
        report.problems().stream().filter(p -> p.isError() && texts.containsKey(p.path()))
                .forEach(p -> keys.add(key(p)));
        return keys;
    }

    /** Lines move when a file is edited; the same message in the same file is the same error. */
    private static String key(Problem problem) {
        return problem.path() + "\n" + problem.message();
    }

    private List<Path> missingFolders(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path current = folder; current != null && !Files.exists(current); current = current.getParent()) {
            missing.add(current);
        }
        Files.createDirectories(folder);
        return missing;
    }

    /** Puts every touched file back; {@code failedEarly} when the last one may not have been written at all. */
    private void undo(Applied applied, boolean failedEarly) {
        Map<String, Optional<byte[]>> originals = applied.originals();
        originals.forEach((path, original) -> {
            try {
                if (original.isPresent()) {
                    AtomicFiles.write(root.resolve(path), original.get());
                } else if (!failedEarly || !path.equals(lastKey(originals))) {
                    Files.deleteIfExists(root.resolve(path));
                }
            } catch (IOException e) {
                // the validator will show what is left; the step's own error is the one to report
            }
        });
        for (Path folder : applied.createdFolders()) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                // a folder that is not empty any more belongs to someone else now
            }
        }
    }

    private static String lastKey(Map<String, ?> map) {
        String last = null;
        for (String key : map.keySet()) {
            last = key;
        }
        return last;
    }

    String relative(Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\',
                '/');
    }
}
