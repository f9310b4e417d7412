package org.sendero.content.internal.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstallResult;
import org.sendero.content.Problem;
import org.sendero.content.internal.archive.Manifest;
import org.sendero.content.internal.markdown.FrontMatter;
import org.sendero.content.internal.markdown.MarkdownLimits;
import org.sendero.content.internal.pack.PackReader;
import org.sendero.content.internal.store.PackStore;
import org.sendero.core.content.PackInfo;
import org.sendero.core.content.PackVersion;

/**
 * Adds single documents to the learner's own pack, "My library": the installed version is copied,
 * the new documents are written into the copy with a higher version, and the copy is installed like
 * any pack, so the same staging, validation and atomic swap protect it.
 */
public final class LibraryImport {

    public static final List<String> DOCUMENT_TYPES = List.of("md", "markdown", "txt", "text", "pdf");

    private final PackStore store;

    public LibraryImport(PackStore store) {
        this.store = store;
    }

    public static boolean isDocument(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && DOCUMENT_TYPES.contains(DocumentConverter.extension(file));
    }

    /** The importable documents directly inside a folder without pack.yaml, sorted by name. */
    public static List<Path> documentsIn(Path folder) throws ContentException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(LibraryImport::isDocument).sorted().toList();
        } catch (IOException e) {
            throw ContentException.of(folder.toString(), "cannot read the folder: " + e.getMessage());
        }
    }

    public InstallResult importDocuments(List<Path> documents) throws ContentException {
        if (documents.isEmpty()) {
            throw ContentException.of(".", "no document to import (Markdown .md, text .txt or PDF .pdf)");
        }
        List<ImportedDocument> converted = new ArrayList<>();
        Map<String, Origin> origins = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path document : documents) {
            try {
                ImportedDocument imported = convert(document);
                converted.add(imported);
                origins.put(imported.path(), Origin.of(document, imported));
            } catch (ContentException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Path work = null;
        try {
            // beside the installed packs, so that the install moves files within one disk
            work = Files.createTempDirectory(ensure(store.root()), ".library-");
            PackVersion version = copyCurrent(work);
            for (ImportedDocument document : converted) {
                Path target = work.resolve(document.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, document.markdown(), StandardCharsets.UTF_8);
            }
            Files.writeString(work.resolve(PackReader.PACK_FILE), packYaml(version, languages(work)),
                    StandardCharsets.UTF_8);
            Path staged = work;
            // the one install that may write the reserved My library id
            return store.install(staged, false);
        } catch (ContentException e) {
            if (work == null) {
                throw e;
            }
            String root = work.toString();
            throw new ContentException(
                    e.problems().stream().map(problem -> Origin.shown(problem, root, origins)).toList());
        } catch (IOException e) {
            throw ContentException.of(ContentLibrary.MY_LIBRARY, "cannot prepare the import: " + e.getMessage());
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
        }
    }

    /**
     * A UTF-8 text file to render, refused with a clear message when it is not one, or when it is
     * Markdown nested deeper than the reader can show (with the line at fault).
     */
    public static String readText(Path file) throws ContentException {
        String text = DocumentConverter.text(file);
        FrontMatter split = FrontMatter.split(text);
        Optional<MarkdownLimits.Excess> excess = MarkdownLimits.check(split.body());
        if (excess.isPresent()) {
            throw new ContentException(Problem.error(file.toString(), excess.get().line() + split.bodyLine(),
                    excess.get().column(), excess.get().message()));
        }
        return text;
    }

    private static Path ensure(Path folder) throws IOException {
        Files.createDirectories(folder);
        return folder;
    }

    private static ImportedDocument convert(Path document) throws ContentException {
        return switch (DocumentConverter.extension(document)) {
            case "md", "markdown" -> DocumentConverter.markdown(document);
            case "txt", "text" -> DocumentConverter.plainText(document);
            case "pdf" -> PdfConverter.convert(document);
            default -> throw ContentException.of(document.toString(),
                    "not a document Sendero can import: use Markdown (.md), plain text (.txt) or PDF (.pdf)");
        };
    }

    /** Copies the installed "My library" (without its manifest) and returns the next version. */
    private PackVersion copyCurrent(Path work) throws IOException {
        Optional<Path> current = store.current(ContentLibrary.MY_LIBRARY);
        if (current.isEmpty()) {
            return new PackVersion(1, 0, 0);
        }
        try (Stream<Path> files = Files.walk(current.get())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = current.get().relativize(file).toString().replace('\\', '/');
                if (Manifest.OWN_FILES.contains(relative)) {
                    continue;
                }
                Path target = work.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return PackReader.info(current.get()).map(PackInfo::version).orElse(new PackVersion(1, 0, 0)).nextPatch();
    }

    /** English (every pack's fallback) and the languages the library's documents are written in. */
    private static List<String> languages(Path work) throws IOException {
        java.util.TreeSet<String> languages = new java.util.TreeSet<>(List.of("en"));
        Path guidance = work.resolve("guidance");
        if (Files.isDirectory(guidance)) {
            try (Stream<Path> files = Files.list(guidance)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.matches(".+\\.[a-z]{2,3}\\.md"))
                        .forEach(n -> languages
                                .add(n.substring(n.lastIndexOf('.', n.length() - 4) + 1, n.length() - 3)));
            }
        }
        return new ArrayList<>(languages);
    }

    private static String packYaml(PackVersion version, List<String> languages) {
        return "id: " + ContentLibrary.MY_LIBRARY + "\n"
                + "version: " + version + "\n"
                + "title: {en: My library, es: Mi biblioteca, fr: Ma bibliothèque}\n"
                + "description: {en: Documents you imported yourself., es: Documentos que usted importó., "
                + "fr: Documents que vous avez importés.}\n"
                + "languages: [" + String.join(", ", languages) + "]\n";
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            });
        } catch (IOException e) {
            // same
        }
    }

    /**
     * The user's own file behind a document of the staged library, and how many lines the import
     * moved its body: it replaces the note's front matter by one of its own. A problem found in the
     * staged copy is shown at the user's file and line, not at a folder the user never sees.
     */
    private record Origin(Path file, int lineShift, boolean markdown) {

        static Origin of(Path file, ImportedDocument document) throws ContentException {
            boolean markdown = List.of("md", "markdown").contains(DocumentConverter.extension(file));
            if (!markdown) {
                return new Origin(file, 0, false); // text and PDF are rewritten: their lines do not map
            }
            int original = FrontMatter.split(DocumentConverter.text(file)).bodyLine();
            int staged = FrontMatter.split(document.markdown()).bodyLine();
            return new Origin(file, staged - original, true);
        }

        /** The problem at the user's file, or at My library's own file for one already in the library. */
        static Problem shown(Problem problem, String work, Map<String, Origin> origins) {
            String path = problem.path().replace('\\', '/');
            String root = work.replace('\\', '/');
            if (!path.startsWith(root)) {
                return problem;
            }
            String relative = path.substring(root.length()).replaceFirst("^/", "");
            Origin origin = origins.get(relative);
            if (origin == null) {
                return new Problem(relative.isEmpty() ? ContentLibrary.MY_LIBRARY : ContentLibrary.MY_LIBRARY + "/"
                        + relative, problem.line(), problem.column(), problem.severity(), problem.message());
            }
            int line = origin.markdown() ? problem.line() - origin.lineShift() : 1;
            int column = origin.markdown() && line >= 1 ? problem.column() : 1;
            return new Problem(origin.file().toString(), line, column, problem.severity(), problem.message());
        }
    }
}
