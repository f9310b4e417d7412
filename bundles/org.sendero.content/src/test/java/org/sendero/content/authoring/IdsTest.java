package org.sendero.content.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void aTitleGivesAnIdWithoutAccentsOrPunctuation() {
        assertEquals("senal-de-alerta-que-hacer", Ids.fromTitle("  Señal de alerta: ¿qué hacer?  "));
        assertEquals("traite-des-etres-humains", Ids.fromTitle("Traite des êtres humains"));
        assertEquals("strasse-und-oeuvre", Ids.fromTitle("Straße und Œuvre"));
        assertEquals("", Ids.fromTitle("¿¡…!?"));
        assertEquals(Optional.empty(), Ids.problem(Ids.fromTitle("Niños, niñas y adolescentes no acompañados")));
    }

    @Test
    void aLongTitleIsCutAtADash() {
        String id = Ids.fromTitle("word ".repeat(30));
        assertTrue(id.length() <= Ids.MAX_LENGTH, id);
        assertTrue(id.endsWith("word"), id);
        assertEquals(Optional.empty(), Ids.problem(id));
    }

    @Test
    void idsTheFormatRefusesAreExplained() {
        assertTrue(Ids.problem("Trata_Personas").orElseThrow().contains("e.g. trata-personas"));
        assertTrue(Ids.problem("-start").isPresent());
        assertTrue(Ids.problem("two--dashes").isPresent());
        assertTrue(Ids.problem("").orElseThrow().contains("empty"));
        assertTrue(Ids.problem("a".repeat(61)).orElseThrow().contains("longer than 60"));
        assertEquals(Optional.empty(), Ids.problem("tip-2024"));
        assertTrue(Ids.languageProblem("EN").isPresent());
        assertEquals(Optional.empty(), Ids.languageProblem("fr"));
    }
}
