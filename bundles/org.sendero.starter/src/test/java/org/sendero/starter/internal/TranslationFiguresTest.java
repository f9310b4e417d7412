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
 * A translation teaches the same facts: every number of an English lesson, guidance document or
 * quiz (ages, hours, articles, years, figures) is in its Spanish and French versions, and they add
 * none.
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

    /** Lessons and guidance documents (ID.LANG.md) and quizzes (QUIZ.LANG.yaml). */
    private static final Pattern TRANSLATED_FILE = Pattern.compile("(.+)\\.(en|es|fr)\\.(md|yaml)");

    private static List<Path> files(String lang) throws IOException {
        try (Stream<Path> files = Files.walk(StarterPackFixture.FOLDER)) {
            return files.filter(path -> {
                var name = TRANSLATED_FILE.matcher(path.getFileName().toString());
                return name.matches() && name.group(2).equals(lang);
            }).sorted().toList();
        }
    }

    @Test
    void everyTranslationHasTheNumbersOfItsEnglishSource() throws IOException {
        List<String> differences = new ArrayList<>();
        Set<Path> compared = new TreeSet<>();
        for (Path english : files("en")) {
            Set<String> source = numbers(Files.readString(english, StandardCharsets.UTF_8));
            for (String lang : List.of("es", "fr")) {
                String name = english.getFileName().toString();
                Path translation = english.resolveSibling(
                        name.substring(0, name.lastIndexOf(".en.")) + "." + lang
                                + name.substring(name.lastIndexOf('.')));
                if (!Files.isRegularFile(translation)) {
                    continue; // a missing translation is StarterLanguagesTest's to report
                }
                compared.add(translation);
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
        assertEquals(List.of(), differences);
        // every Spanish and French lesson, guidance document and quiz was held to its English source
        Set<Path> translations = new TreeSet<>(files("es"));
        translations.addAll(files("fr"));
        assertEquals(translations, compared);
        assertTrue(compared.size() > 100 && compared.stream().anyMatch(path -> path.toString().endsWith(".yaml")),
                compared.size() + " translations compared");
    }

    @Test
    void aChangedFigureOrARewordedNumberIsCaught() {
        Set<String> english = numbers("---\nid: x\nyear: 2014\n---\n# T {#t}\n\nA man of about 30 crossed in 2007.\n");
        assertEquals(Set.of("30", "2007"), english);
        assertTrue(!english.equals(numbers("Un homme d'une trentaine d'années a traversé en 2007.\n")));
        assertEquals(Set.of("12"), numbers("1. Call [the shelter](guidance:a#b-2).\n2. Then wait 12 hours.\n"));
    }
}
