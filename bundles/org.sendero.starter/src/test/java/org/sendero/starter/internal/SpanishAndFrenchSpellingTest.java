package org.sendero.starter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Spanish and French text of the starter pack is spelled as the system's hunspell dictionaries
 * spell it. A word they do not know is either a typo, fixed in the content, or a name, place,
 * acronym or legal term, listed in src/test/resources/spelling/allow-LANG.txt (one word a line).
 * Without the dictionaries (Debian: hunspell, hunspell-es, hunspell-fr) the check is skipped and
 * says why.
 */
class SpanishAndFrenchSpellingTest {

    private static final Pattern ELISION = Pattern.compile("^(?i:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]");

    static final Path ALLOW_LISTS = Path.of("src/test/resources/spelling");

    /** Words of the allow-list: one a line; blank lines and lines starting with # are comments. */
    static Set<String> allowList(String lang) throws IOException {
        return Files.readAllLines(ALLOW_LISTS.resolve("allow-" + lang + ".txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Hunspell checker(String dictionary) {
        StringBuilder why = new StringBuilder();
        Optional<Hunspell> found = Hunspell.find(dictionary, why);
        Assumptions.assumeTrue(found.isPresent(), () -> "spelling not checked: " + why
                + " (install hunspell, hunspell-es and hunspell-fr)");
        return found.get();
    }

    /** Word to file to how often the file uses it. */
    private static Map<String, Map<String, Integer>> wordsIn(String lang) {
        Map<String, Map<String, Integer>> uses = new TreeMap<>();
        StarterTexts.in(StarterPackFixture.pack(), lang).forEach((file, texts) -> texts
                .forEach(text -> SpellingText.words(text).forEach((word, count) -> uses
                        .computeIfAbsent(word, w -> new TreeMap<>()).merge(file, count, Integer::sum))));
        return uses;
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({ "es, es_ES", "fr, fr_FR" })
    void everyWordIsInTheDictionaryOrTheAllowList(String lang, String dictionary) throws IOException {
        Hunspell hunspell = checker(dictionary);
        Map<String, Map<String, Integer>> uses = wordsIn(lang);
        Set<String> allowed = allowList(lang);
        Set<String> unknown = new TreeSet<>(hunspell.unknown(
                uses.keySet().stream().filter(word -> !allowed(word, allowed)).toList()));
        // hunspell may report part of a word (k'iche'), and a lone letter is a row, a grade or an MRZ field
        unknown.removeIf(word -> allowed(word, allowed) || word.codePointCount(0, word.length()) < 2);
        if (lang.equals("es")) {
            unknown.removeAll(withKnownVerbForm(hunspell, unknown));
        }
        List<String> report = new ArrayList<>();
        unknown.stream()
                .sorted(Comparator.comparing((String word) -> -total(usesOf(word, uses))).thenComparing(word -> word))
                .forEach(word -> report
                        .add(word + " ×" + total(usesOf(word, uses)) + " in " + describe(usesOf(word, uses))));
        assertEquals(List.of(), report, report.size() + " words the " + dictionary
                + " dictionary does not know: fix the typo in the content, or add a name, place, acronym or legal"
                + " term to " + ALLOW_LISTS.resolve("allow-" + lang + ".txt") + "\n" + String.join("\n", report));
    }

    /** The Spanish words among {@code words} that are a known verb form with pronouns attached. */
    private static Set<String> withKnownVerbForm(Hunspell hunspell, Set<String> words) {
        Map<String, List<String>> forms = new TreeMap<>();
        words.forEach(word -> forms.put(word, SpanishClitics.verbForms(word)));
        Set<String> unknownForms = hunspell
                .unknown(forms.values().stream().flatMap(List::stream).distinct().toList());
        return forms.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(form -> !unknownForms.contains(form)))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({ "es, es_ES", "fr, fr_FR" })
    void theAllowListHoldsOnlyWordsTheDictionaryDoesNotKnow(String lang, String dictionary) throws IOException {
        Hunspell hunspell = checker(dictionary);
        Set<String> allowed = allowList(lang);
        // a French entry may be there for its elided forms only: the dictionary knows OIT, not l'OIT
        Map<String, List<String>> forms = new TreeMap<>();
        allowed.forEach(word -> forms.put(word, lang.equals("fr") ? List.of(word, "l'" + word, "d'" + word)
                : List.of(word)));
        Set<String> unknown = hunspell.unknown(forms.values().stream().flatMap(List::stream).toList());
        Set<String> known = forms.entrySet().stream()
                .filter(entry -> entry.getValue().stream().allMatch(form -> !unknown.contains(form)
                        && Stream.of(form.split("['’]")).noneMatch(unknown::contains)))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), known, "the dictionary knows these words: take them out of the allow-list");
    }

    @Test
    void aPronounAttachedToAVerbIsLookedUpWithoutIt() {
        assertEquals(List.of("refiera", "refiéra"), SpanishClitics.verbForms("refiérala").subList(0, 2));
        assertTrue(SpanishClitics.verbForms("infórmeselo").contains("informe"));
        assertTrue(SpanishClitics.verbForms("castigarla").contains("castigar"));
        assertTrue(SpanishClitics.verbForms("enseñándole").contains("enseñando"));
        assertEquals(List.of(), SpanishClitics.verbForms("escuela"),
                "no verb form: not an infinitive, gerund or accented");
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({ "es, es_ES, migrantes, migarntes", "fr, fr_FR, l'homme, l'hommme" })
    void aMisspeltWordIsReportedAndAnAllowedOneIsNot(String lang, String dictionary, String right, String wrong)
            throws IOException {
        Hunspell hunspell = checker(dictionary);
        Set<String> allowed = allowList(lang);
        // OIM is unknown to both dictionaries and on both lists
        assertEquals(Set.of("OIM", wrong), hunspell.unknown(List.of(right, wrong, "OIM")));
        assertEquals(Set.of(wrong), hunspell.unknown(List.of(right, wrong, "OIM")).stream()
                .filter(word -> !allowed(word, allowed)).collect(Collectors.toSet()));
    }

    @Test
    void withoutTheDictionaryTheCheckSaysWhatIsMissing() {
        StringBuilder why = new StringBuilder();
        assertTrue(Hunspell.find("xx_XX", why).isEmpty());
        assertEquals("no hunspell dictionary /usr/share/hunspell/xx_XX.dic", why.toString());
    }

    @Test
    void onlyProseIsChecked() {
        Map<String, Integer> words = SpellingText.words("""
                ## Primer contacto {#first-contact}

                Vea [la guía](guidance:referral-checklist#immediate-needs), `sendero validate`,
                https://example.org/x y {{office: línea nacional}}. L'homme d’une victime.

                ```
                codigo_sin_acentos
                ```
                """);
        assertEquals(List.of("Primer", "contacto", "Vea", "la", "guía", "y", "línea", "nacional", "L'homme", "d’une",
                "victime"), List.copyOf(words.keySet()));
    }

    /**
     * Listed as it is, in lowercase, or after a French elision: "OIM" allows "l'OIM" and "d'OIM",
     * "tráfico" allows "Tráfico", so that the list names each word once.
     */
    static boolean allowed(String word, Set<String> allowed) {
        String bare = ELISION.matcher(word).replaceFirst("");
        return allowed.contains(bare) || allowed.contains(uncapitalised(bare));
    }

    private static String uncapitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
    }

    /** Where the words it was given use {@code word}: hunspell may report part of a word (k'iche'). */
    private static Map<String, Integer> usesOf(String word, Map<String, Map<String, Integer>> uses) {
        if (uses.containsKey(word)) {
            return uses.get(word);
        }
        Map<String, Integer> files = new TreeMap<>();
        uses.forEach((token, inFiles) -> {
            if (List.of(token.split("['’]")).contains(word)) {
                inFiles.forEach((file, count) -> files.merge(file, count, Integer::sum));
            }
        });
        return files;
    }

    private static int total(Map<String, Integer> files) {
        return files.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String describe(Map<String, Integer> files) {
        return files.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }
}
