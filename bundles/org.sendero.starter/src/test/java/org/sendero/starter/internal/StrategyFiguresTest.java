package org.sendero.starter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendero.core.content.Pack;

/**
 * No invented statistics: every figure (percentage, amount, count) in a document that names the
 * regional strategy as its source appears in the strategy's own text, with the same digits and,
 * for percentages and amounts, the same unit.
 */
class StrategyFiguresTest {

    static final String STRATEGY = "iom-regional-strategy-2014-2016";
    /** The strategy's text, in shared/seeds beside the repository or beside a folder that holds it. */
    static final Path SEEDS = seeds(Path.of("").toAbsolutePath());

    /** The nearest shared/seeds above {@code from}, so a checkout in a nested folder finds it too. */
    static Path seeds(Path from) {
        for (Path folder = from; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared/seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return from.resolve("../../../shared/seeds").normalize();
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s?%");
    private static final Pattern AMOUNT = Pattern
            .compile("US\\$\\s?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(\\s(?:million|billion))?");

    private static String strategy;
    private static Set<String> strategyNumbers;

    @BeforeAll
    static void readStrategy() throws IOException {
        assertTrue(Files.isDirectory(SEEDS), "the regional strategy's text is expected in " + SEEDS.toAbsolutePath());
        try (Stream<Path> files = Files.list(SEEDS)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
            // the text escapes dollar signs as "\$"
            strategy = text.toString().replace("\\$", "$").replaceAll("\\s+", " ");
        }
        strategyNumbers = numbers(strategy).collect(Collectors.toSet());
    }

    private static Stream<String> numbers(String text) {
        return NUMBER.matcher(text).results().map(match -> match.group());
    }

    /** The prose of a document: no heading anchors, link targets or list numbering. */
    static String prose(String markdown) {
        return markdown.replaceAll("\\{#[^}]*\\}", " ").replaceAll("\\]\\([^)]*\\)", "] ")
                .replaceAll("(?m)^\\s*\\d+[.)]\\s", " ").replaceAll("\\s+", " ");
    }

    /** The figures of {@code prose} that the strategy does not contain, or contains with another unit. */
    static List<String> unsupported(String prose) {
        List<String> missing = new ArrayList<>();
        numbers(prose).filter(number -> !strategyNumbers.contains(number)).forEach(missing::add);
        Matcher percent = PERCENT.matcher(prose);
        while (percent.find()) {
            if (!Pattern.compile("(?<![\\d.,])" + Pattern.quote(percent.group(1)) + "\\s?%").matcher(strategy).find()) {
                missing.add(percent.group());
            }
        }
        Matcher amount = AMOUNT.matcher(prose);
        while (amount.find()) {
            // the strategy's funding table gives bare numbers under a US$ heading, so only the scale
            // word is checked beyond the digits: "80 million" must not become "80 billion"
            if (amount.group(2) != null && !Pattern.compile("(?<![\\d.,])" + Pattern.quote(amount.group(1)) + "\\s"
                    + Pattern.quote(amount.group(2).strip())).matcher(strategy).find()) {
                missing.add(amount.group());
            }
        }
        return missing;
    }

    @Test
    void everyFigureOfADocumentSourcedFromTheStrategyIsInTheStrategy() {
        Pack pack = StarterPackFixture.pack();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var doc : pack.guidance()) {
            if (doc.sources().contains(STRATEGY)) {
                checked++;
                unsupported(prose(doc.markdown())).forEach(figure -> problems.add(doc.path() + ": " + figure));
            }
        }
        for (var course : pack.courses()) {
            for (var module : course.modules()) {
                for (var lesson : module.lessons()) {
                    if (lesson.sources().contains(STRATEGY)) {
                        checked++;
                        unsupported(prose(lesson.markdown()))
                                .forEach(figure -> problems.add(lesson.path() + ": " + figure));
                    }
                }
            }
        }
        assertTrue(checked >= 8, "documents drawing on the strategy: " + checked);
        assertEquals(List.of(), problems, "figures not found in the regional strategy");
    }

    @Test
    void anInventedFigureOrAChangedUnitIsCaught() {
        assertEquals(List.of(), unsupported(
                prose("The region hosts about 25% of all migrants; 81 projects total over US$ 80 million.")));
        assertEquals(List.of("26", "26%"), unsupported(prose("The region hosts about 26% of all migrants.")));
        assertEquals(List.of("US$ 80 billion"), unsupported(prose("Projects total over US$ 80 billion.")));
    }
}
