package org.sendero.content.internal.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sendero.content.PackReport;
import org.sendero.content.Problem;
import org.sendero.core.content.Course;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Pack;
import org.sendero.core.content.PackInfo;
import org.sendero.core.content.Thesaurus;

/**
 * Reads a pack folder into the domain model and reports every problem of every file in one run.
 * Each kind of file has its reader; the cross-file checks (links, anchors, translations) run after
 * all files are read.
 */
public final class PackReader {

    public static final String PACK_FILE = "pack.yaml";
    public static final String GLOSSARY_FILE = "glossary.yaml";
    public static final String THESAURUS_FILE = ThesaurusReader.FILE;
    public static final String MANIFEST_FILE = "MANIFEST.sha256";
    public static final String SIGNATURE_FILE = "MANIFEST.sig";

    static final Pattern DOCUMENT_NAME = Pattern.compile("([^/]+)\\.([a-z]{2,3})\\.md");
    static final Pattern QUIZ_NAME = Pattern.compile("([^/]+)\\.([a-z]{2,3})\\.yaml");

    private PackReader() {
    }

    /** Reads and validates the pack in {@code folder}. Never throws for bad content. */
    public static PackReport read(Path folder) {
        return read(folder, true);
    }

    /**
     * Reads an installed pack: a folder that {@link #read(Path)} found free of errors when it was
     * installed, and that nothing writes to after that. Its YAML and front matter are read and
     * checked as always, but the Markdown bodies are not parsed again for their links and anchors,
     * and each document's sections are rendered only when first asked for: this is most of the
     * time that reading a pack takes, and the workbench reads its packs at every start.
     */
    public static PackReport readInstalled(Path folder) {
        return read(folder, false);
    }

    private static PackReport read(Path folder, boolean checkMarkdown) {
        List<Problem> listing = new ArrayList<>();
        PackFiles files;
        try {
            files = PackFiles.list(folder, listing);
        } catch (IOException e) {
            return new PackReport(Optional.empty(),
                    List.of(Problem.error(".", 1, 1, "cannot read the folder: " + e.getMessage())));
        }
        PackReading reading = new PackReading(files, checkMarkdown);
        reading.problems.addAll(listing);
        return read(reading);
    }

    /** Only pack.yaml: enough to list installed packs without reading every document. */
    public static Optional<PackInfo> info(Path folder) {
        try {
            return new PackYamlReader(new PackReading(PackFiles.single(folder, PACK_FILE), false)).read();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static PackReport read(PackReading reading) {
        PackYamlReader packYaml = new PackYamlReader(reading);
        Optional<PackInfo> info = packYaml.read();
        List<GuidanceDoc> guidance = new GuidanceReader(reading).read();
        List<Course> courses = new CourseReader(reading).read(packYaml.courseOrder());
        List<GlossaryTerm> glossary = new GlossaryReader(reading).read();
        Thesaurus thesaurus = new ThesaurusReader(reading).read();
        reading.claimed.add(MANIFEST_FILE);
        reading.claimed.add(SIGNATURE_FILE);
        for (String path : reading.files.all()) {
            if (!reading.claimed.contains(path) && !path.startsWith("assets/")) {
                reading.problems.add(Problem.warning(path, 1, 1, "not part of the pack format; it is ignored"));
            }
        }
        if (reading.checkMarkdown) {
            // not for an installed pack: one installed before a rule was added must still open
            reading.declarations.check(reading.problems);
            new LinkChecker(reading).check();
            new CrossLanguageLinks(reading).check();
            new QuizRefCheck(reading, guidance, courses).check();
        }
        info.ifPresent(found -> checkLanguages(reading, found, packYaml.languagesLine()));
        List<Problem> problems = reading.problems;
        problems.sort(
                Comparator.comparing(Problem::path).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        boolean errors = problems.stream().anyMatch(Problem::isError);
        Optional<Pack> pack = errors || info.isEmpty() ? Optional.empty()
                : Optional.of(new Pack(info.get(), guidance, courses, glossary, thesaurus));
        return new PackReport(pack, problems);
    }

    private static void checkLanguages(PackReading reading, PackInfo info, int languagesLine) {
        for (String lang : info.languages()) {
            if (!reading.usedLanguages.contains(lang)) {
                reading.problems.add(Problem.warning(PACK_FILE, languagesLine, 1, "language '" + lang
                        + "' is declared but no document, lesson or quiz is written in it"));
            }
        }
    }
}
