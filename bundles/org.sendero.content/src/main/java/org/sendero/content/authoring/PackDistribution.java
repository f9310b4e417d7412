package org.sendero.content.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.sendero.content.ContentException;
import org.sendero.content.PackExporter;
import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;
import org.sendero.core.content.Course;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;

/**
 * The open pack folder as one .sendero file for a memory stick, signed when the trainer has a key,
 * with a summary of what it holds. The writing itself is {@link PackExporter}'s, as for
 * {@code sendero pack}.
 */
public final class PackDistribution {

    private final PackExporter exporter;
    private final PackValidator validator;

    public PackDistribution(PackExporter exporter, PackValidator validator) {
        this.exporter = exporter;
        this.validator = validator;
    }

    /** What the folder holds; refused with the validator's errors when it cannot be packed. */
    public PackSummary summarize(Path folder) throws ContentException {
        return summary(folder, 0, Optional.empty());
    }

    public PackSummary export(Path folder, Path target, Optional<SigningKey> key) throws ContentException {
        Path pack = folder.toAbsolutePath().normalize();
        if (target.toAbsolutePath().normalize().startsWith(pack)) {
            throw ContentException.of(target.toString(), "is inside the pack folder; save the pack file elsewhere,"
                    + " or it would be packed into the next version");
        }
        if (key.isPresent() && key.get().file().toAbsolutePath().normalize().startsWith(pack)) {
            throw ContentException.of(key.get().file().toString(), "the private key is inside the pack folder and"
                    + " would be handed out with it; move it out first");
        }
        Optional<SigningKey> checked = key.isPresent() ? Optional.of(SigningKeys.load(key.get().file()))
                : Optional.empty();
        exporter.export(folder, target, checked.map(SigningKey::file));
        try {
            return summary(folder, Files.size(target), checked.map(SigningKey::fingerprint));
        } catch (IOException e) {
            throw ContentException.of(target.toString(), "cannot be read after writing: " + e.getMessage());
        }
    }

    private PackSummary summary(Path folder, long bytes, Optional<String> signer) throws ContentException {
        PackReport report = validator.validate(folder);
        if (report.pack().isEmpty()) {
            throw new ContentException(report.problems().stream().filter(Problem::isError).toList());
        }
        Pack pack = report.pack().get();
        List<Module> modules = pack.courses().stream().map(Course::modules).flatMap(List::stream).toList();
        Set<String> lessons = new LinkedHashSet<>();
        modules.forEach(m -> m.lessons().stream().map(Lesson::id).forEach(lessons::add));
        Set<String> quizzes = new LinkedHashSet<>();
        int items = 0;
        for (Module module : modules) {
            for (Quiz quiz : module.quizzes()) {
                if (quizzes.add(quiz.id())) {
                    items += quiz.items().size();
                }
            }
        }
        Set<String> guidance = new LinkedHashSet<>();
        pack.guidance().stream().map(GuidanceDoc::id).forEach(guidance::add);
        return new PackSummary(pack.id(), pack.info().version().toString(), pack.info().title(), pack.courses().size(),
                modules.size(), lessons.size(), quizzes.size(), items, guidance.size(), assets(folder),
                pack.info().languages(), bytes, signer);
    }

    private static int assets(Path folder) throws ContentException {
        Path assets = folder.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw ContentException.of("assets", "cannot be listed: " + e.getMessage());
        }
    }
}
