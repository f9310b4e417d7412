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
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A translation teaches the same facts: every number of an English lesson or guidance document
 * (ages, hours, articles, years, figures) is in its Spanish and French versions, and they add none.
 */
class TranslationFiguresTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");
    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)\\A---\\n.*?\\n---\\n");
    /** A numbered list item's number: "1. Text" at the start of a line, not "2007." ending a sentence. */
    private static final Pattern LIST_NUMBER = Pattern.compile("(?m)^\\s*\\d+[.)][ \\t]+(?=\\S)");

    static Set<String> numbers(String markdown) {
        String prose = FRONT_MATTER.matcher(markdown).replaceFirst("");
        prose = prose.replaceAll("\\{#[^}]*\\}", " ").replaceAll("\\]\\([^)]*\\)", "] ");
        prose = LIST_NUMBER.matcher(prose).replaceAll(" ");
        return NUMBER.matcher(prose).results().map(match -> match.group())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyTranslationHasTheNumbersOfItsEnglishSource() throws IOException {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        try (Stream<Path> files = Files.walk(StarterPackFixture.FOLDER)) {
            for (Path english : files.filter(path -> path.toString().endsWith(".en.md")).sorted().toList()) {
                Set<String> source = numbers(Files.readString(english, StandardCharsets.UTF_8));
                for (String lang : List.of("es", "fr")) {
                    Path translation = english.resolveSibling(english.getFileName().toString().replace(".en.md",
                            "." + lang + ".md"));
                    if (!Files.isRegularFile(translation)) {
                        continue; // a missing translation is StarterLanguagesTest's to report
                    }
                    compared++;
                    Set<String> translated = numbers(Files.readString(translation, StandardCharsets.UTF_8));
                    if (!translated.equals(source)) {
                        Set<String> missing = new TreeSet<>(source);
                        missing.removeAll(translated);
                        Set<String> added = new TreeSet<>(translated);
                        added.removeAll(source);
                        differences.add(translation + ": missing " + missing + ", added " + added);
                    }
                }
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(compared > 100, compared + " translations compared");
    }

    @Test
    void aChangedFigureOrARewordedNumberIsCaught() {
        Set<String> english = numbers("---\nid: x\nyear: 2014\n---\n# T {#t}\n\nA man of about 30 crossed in 2007.\n");
        assertEquals(Set.of("30", "2007"), english);
        assertTrue(!english.equals(numbers("Un homme d'une trentaine d'années a traversé en 2007.\n")));
        assertEquals(Set.of("12"), numbers("1. Call [the shelter](guidance:a#b-2).\n2. Then wait 12 hours.\n"));
    }
}
