package org.sendero.starter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.Problem;
import org.sendero.content.standalone.StandaloneContent;

/**
 * The starter pack's language metadata is true: every guidance document declares the three
 * languages it is written in, and no Spanish or French lesson or document sends its reader to a
 * document that exists only in another language.
 */
class StarterLanguageMetadataTest {

    private static final Pattern CROSS_LANGUAGE = Pattern.compile("links to \\S+, which has no (\\w+) version");
    private static final Pattern FRONT_LANGUAGES = Pattern.compile("(?m)^languages: \\[en, es, fr\\]$");

    @TempDir
    Path temp;

    private static List<Problem> crossLanguageLinks(List<Problem> problems) {
        return problems.stream().filter(p -> CROSS_LANGUAGE.matcher(p.message()).matches()).toList();
    }

    @Test
    void noSpanishOrFrenchTextLinksToADocumentMissingInItsLanguage() {
        List<Problem> problems = StarterPackFixture.report().problems();
        List<Problem> found = crossLanguageLinks(problems);
        assertEquals(0, found.size(), StarterPackFixture.describe(found));
    }

    @Test
    void theCheckFindsTheSpanishAndFrenchLinksToADocumentWithoutTheirLanguage() throws IOException {
        // the same pack with one guidance document left in English only: its Spanish and French
        // readers are now sent to English, and the check must say so for both languages
        Path copy = temp.resolve("starter");
        copyTree(StarterPackFixture.FOLDER, copy);
        String target = mostLinkedGuidance();
        Files.delete(copy.resolve("guidance/" + target + ".es.md"));
        Files.delete(copy.resolve("guidance/" + target + ".fr.md"));
        List<Problem> found = crossLanguageLinks(StandaloneContent.validator().validate(copy).problems());
        List<String> languages = found.stream().map(p -> {
            Matcher matcher = CROSS_LANGUAGE.matcher(p.message());
            matcher.matches();
            return matcher.group(1);
        }).distinct().sorted().toList();
        assertEquals(List.of("French", "Spanish"), languages, StarterPackFixture.describe(found));
        assertTrue(found.stream().allMatch(p -> p.path().endsWith(".es.md") || p.path().endsWith(".fr.md")));
    }

    @Test
    void everyGuidanceDocumentDeclaresItsThreeLanguages() throws IOException {
        List<String> undeclared = new ArrayList<>();
        try (Stream<Path> files = Files.list(StarterPackFixture.FOLDER.resolve("guidance"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                String front = text.substring(0, text.indexOf("\n---", 3));
                if (!FRONT_LANGUAGES.matcher(front).find()) {
                    undeclared.add(file.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    /** The guidance id that Spanish lessons link to most often, so that removing it is noticed. */
    private static String mostLinkedGuidance() throws IOException {
        Pattern link = Pattern.compile("\\]\\(guidance:([a-z0-9-]+)");
        Map<String, Integer> counts = new HashMap<>();
        try (Stream<Path> files = Files.walk(StarterPackFixture.FOLDER.resolve("courses"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".es.md")).toList()) {
                Matcher matcher = link.matcher(Files.readString(file));
                while (matcher.find()) {
                    counts.merge(matcher.group(1), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
