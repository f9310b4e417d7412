package org.sendero.itests.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A production bundle of the source tree: its folder (named as the bundle), its manifest, and the
 * Java files of src/main/java (what ships; the tests beside the code are not part of it).
 */
public record BundleSource(String name, Path folder, ManifestFile manifest, List<JavaFile> sources) {

    /** Where the shipped code of a bundle is; tests live in src/test/java and are not checked here. */
    static final String MAIN_SOURCES = "src/main/java";

    public static BundleSource read(Path folder) throws IOException {
        Path manifestPath = folder.resolve("META-INF/MANIFEST.MF");
        ManifestFile manifest = Files.isRegularFile(manifestPath) ? ManifestFile.read(manifestPath)
                : new ManifestFile(manifestPath, java.util.Map.of());
        List<JavaFile> sources = new ArrayList<>();
        Path main = folder.resolve(MAIN_SOURCES);
        if (Files.isDirectory(main)) {
            try (Stream<Path> files = Files.walk(main)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    sources.add(JavaFile.read(file));
                }
            }
        }
        return new BundleSource(folder.getFileName().toString(), folder, manifest, List.copyOf(sources));
    }

    /** Every bundle folder under {@code bundles}, in name order. */
    public static List<BundleSource> readAll(Path bundles) throws IOException {
        List<BundleSource> all = new ArrayList<>();
        try (Stream<Path> folders = Files.list(bundles)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted(Comparator.naturalOrder()).toList()) {
                all.add(read(folder));
            }
        }
        return List.copyOf(all);
    }

    /** The packages this bundle's sources declare. */
    public Set<String> packages() {
        return sources.stream().map(JavaFile::packageName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A path as messages show it: relative to the folder holding all bundles, e.g. org.sendero.ui/src/... */
    public String shown(Path path) {
        return folder.getParent().relativize(path).toString().replace('\\', '/');
    }

    /** True for a package name with an {@code internal} segment, e.g. org.sendero.ui.internal.search. */
    public static boolean isInternal(String packageName) {
        return ("." + packageName + ".").contains(".internal.");
    }
}
