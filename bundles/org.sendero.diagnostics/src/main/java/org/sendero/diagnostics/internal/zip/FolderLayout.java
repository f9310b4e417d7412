package org.sendero.diagnostics.internal.zip;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data folder's files and folders with their sizes, to a depth of three: enough to see a missing
 * index, a huge log or a pack that did not unpack, while the thousands of files inside packs are
 * shown as their folder's total. Names only; no file is read.
 */
public final class FolderLayout {

    /** Deep enough to show each pack's and each learner's certificate folder, not every file of a pack. */
    public static final int DEPTH = 3;
    private static final int MOST_LINES = 2000;

    private FolderLayout() {
    }

    public static String describe(Path root, int depth) throws IOException {
        if (!Files.isDirectory(root)) {
            return root + ": the data folder does not exist\n";
        }
        Map<Path, long[]> totals = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() <= depth) {
                    totals.put(relative, new long[] { attributes.size(), -1 });
                }
                for (Path folder = relative.getParent(); folder != null; folder = folder.getParent()) {
                    if (folder.getNameCount() <= depth) {
                        long[] total = totals.computeIfAbsent(folder, f -> new long[] { 0, 0 });
                        total[0] += attributes.size();
                        total[1]++;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                Path relative = root.relativize(folder);
                if (relative.getNameCount() > 0 && relative.getNameCount() <= depth && !relative.toString().isEmpty()) {
                    totals.putIfAbsent(relative, new long[] { 0, 0 });
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                totals.put(root.relativize(file), new long[] { -1, -1 });
                return FileVisitResult.CONTINUE;
            }
        });
        StringBuilder text = new StringBuilder(root + "\n");
        int lines = 0;
        for (Map.Entry<Path, long[]> entry : totals.entrySet()) {
            if (++lines > MOST_LINES) {
                text.append("... ").append(totals.size() - MOST_LINES).append(" more\n");
                break;
            }
            long[] value = entry.getValue();
            String name = entry.getKey().toString().replace('\\', '/');
            if (value[0] < 0) {
                text.append(String.format("%12s  %s  (cannot be read)%n", "?", name));
            } else if (value[1] < 0) {
                text.append(String.format("%12d  %s%n", value[0], name));
            } else {
                text.append(String.format("%12d  %s/  (%d files)%n", value[0], name, value[1]));
            }
        }
        return text.toString();
    }
}
