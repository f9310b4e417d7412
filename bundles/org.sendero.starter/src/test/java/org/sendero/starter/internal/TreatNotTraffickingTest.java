package org.sendero.starter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * "Usted la trata como presunta víctima" reads as the crime ("la trata" is trafficking) where the
 * verb "tratar" was meant, and so does French "l'agent la traite comme une victime": the pack says
 * "la atiende como" and "la considère comme". Only the crime itself is "tipificar la trata como delito".
 */
class TreatNotTraffickingTest {

    /** "la/lo/las/los trata(n) como", "la traite comme", not followed by "delito" (the crime, correctly). */
    private static final Pattern CALQUE = Pattern.compile(
            "(?iu)\\b(?:l[ao]s?|les?)\\s+(?:trata|tratan|traite|traitent)\\s+(?:como|comme)\\b(?!\\s+(?:un\\s+)?(?:delito|crime|infraction))");

    static boolean readsAsTheCrime(String text) {
        return CALQUE.matcher(text).find();
    }

    @Test
    void noSpanishOrFrenchFileSaysTraffickingWhereItMeansTreat() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(StarterPackFixture.FOLDER)) {
            for (Path file : files.filter(path -> path.toString().matches(".*\\.(es|fr)\\.(md|yaml)$")).sorted()
                    .toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    // a phrase broken over two lines is caught with the next line joined on
                    String joined = lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1) : "");
                    if (readsAsTheCrime(lines.get(i))
                            || readsAsTheCrime(joined) && !readsAsTheCrime(lines.get(i + 1))) {
                        problems.add(
                                file + ":" + (i + 1) + ": \"trata/traite como\" reads as the crime: " + lines.get(i));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCalqueIsCaughtAndTheCrimeIsNot() {
        assertTrue(readsAsTheCrime("Si la respuesta es sí, usted la trata como presunta víctima."));
        assertTrue(readsAsTheCrime("A una presunta víctima se la trata como víctima."));
        assertTrue(readsAsTheCrime("L'agent la traite comme une victime possible."));
        assertFalse(readsAsTheCrime("Usted la atiende como presunta víctima."));
        assertFalse(readsAsTheCrime("Los Estados deben tipificar la trata como delito."));
        assertFalse(readsAsTheCrime("Trátela como presunta víctima."));
        assertFalse(readsAsTheCrime("La personne est traitée comme une victime."));
    }
}
