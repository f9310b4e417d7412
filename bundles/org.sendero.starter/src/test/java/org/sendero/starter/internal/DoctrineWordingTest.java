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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The doctrine of docs/CONTENT.md holds in every file of the pack, in every language: a bare
 * "tráfico" is ambiguous, never "smuggling only", and a debt is never one of the Protocol's means.
 */
class DoctrineWordingTest {

    @Test
    void noSentenceOfThePackSaysABareTraficoIsSmugglingOrListsDebtAmongTheMeans() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(StarterPackFixture.FOLDER)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md") || path.toString().endsWith(".yaml"))
                    .sorted().toList()) {
                for (String sentence : DoctrineWording.sentences(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (DoctrineWording.saysBareTraficoMeansSmugglingOnly(sentence)) {
                        problems.add(file + ": a bare \"tráfico\" is ambiguous, not smuggling only: " + sentence);
                    }
                    if (DoctrineWording.listsDebtAsAMeans(sentence)) {
                        problems.add(file + ": debt is not one of the Protocol's means: " + sentence);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theOldWordingIsCaughtInEveryLanguage() {
        for (String old : List.of(
                "The short word \"tráfico\" refers to smuggling, never to trafficking.",
                "False friend: in Spanish, plain \"tráfico\" in this field means smuggling and is never trafficking.",
                "Falso amigo: en este campo, \"tráfico\" a secas significa tráfico ilícito de migrantes (smuggling) y nunca trata de personas (trafficking).",
                "La palabra \"tráfico\", sola, se refiere al tráfico de migrantes, nunca a la trata.",
                "Faux ami : en espagnol, « tráfico » seul désigne le trafic illicite de migrants, jamais la traite des personnes.",
                "le mot « tráfico » seul renvoie toujours au trafic de migrants, jamais à la traite.",
                "Ojo con el término. *Tráfico ilícito de migrantes* (o simplemente \"tráfico\") corresponde a *smuggling*.",
                "In Spanish, \"traficante\" refers to a smuggler (or a drug dealer), not to a trafficker in persons.")) {
            assertTrue(DoctrineWording.sentences(old).stream()
                    .anyMatch(DoctrineWording::saysBareTraficoMeansSmugglingOnly), old);
        }
        for (String old : List.of("Deception and debt are means.", "El engaño y la deuda son medios.",
                "None. Deception and debt were used, so her consent is irrelevant.",
                "Ninguno. Se usaron el engaño y la deuda, así que su consentimiento no tiene efecto.",
                "La tromperie et la dette sont des moyens.", "A debt is a means.")) {
            assertTrue(DoctrineWording.sentences(old).stream().anyMatch(DoctrineWording::listsDebtAsAMeans), old);
        }
    }

    @Test
    void theSentencesThatTeachTheDoctrinePass() {
        for (String good : List.of(
                "The short word \"tráfico\" is ambiguous: it is also used for drugs and arms.",
                "When someone says only \"tráfico\", treat it as a question to ask, not as an answer.",
                "A bare \"tráfico\" is ambiguous, so treat it as a question to ask, never as an answer.",
                "Si alguien dice solo \"tráfico\", tómelo como una pregunta que hacer, nunca como una respuesta.",
                "In short: tráfico ilícito = smuggling, trata = trafficking.",
                "Tráfico ilícito de migrantes means smuggling. Trata de personas means trafficking.",
                "Nunca deje que la etiqueta de tráfico ilícito oculte a una víctima de trata.")) {
            assertFalse(DoctrineWording.sentences(good).stream()
                    .anyMatch(DoctrineWording::saysBareTraficoMeansSmugglingOnly), good);
        }
        for (String good : List.of("A debt is not a means of its own: it is a tool of coercion.",
                "Una deuda no es un medio por sí sola.", "Une dette n'est pas un moyen en soi.",
                "abuse of a position of vulnerability (for example, using a person's irregular status, debt, poverty)",
                "Deception is a means. The debt is not a means in itself.")) {
            assertFalse(DoctrineWording.sentences(good).stream().anyMatch(DoctrineWording::listsDebtAsAMeans), good);
        }
    }
}
