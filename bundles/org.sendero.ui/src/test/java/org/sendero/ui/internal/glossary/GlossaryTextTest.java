package org.sendero.ui.internal.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.LocalizedText;

/** The glossary part's logic without a window: filtering, false friends, the search query, short notes. */
class GlossaryTextTest {

    private static final GlossaryTerm SMUGGLING = new GlossaryTerm("migrant-smuggling",
            Map.of("en", List.of("migrant smuggling", "smuggling of migrants", "smuggling"), "es",
                    List.of("tráfico ilícito de migrantes", "tráfico de migrantes"), "fr",
                    List.of("trafic illicite de migrants", "trafic de migrants")),
            new LocalizedText(Map.of("en", "Procuring entry. False friend: write it in full.", "fr",
                    "Faux ami : écrivez tout.")));
    private static final GlossaryTerm TRAFFICKER = new GlossaryTerm("trafficker",
            Map.of("en", List.of("trafficker"), "es", List.of("tratante"), "fr", List.of("trafiquant d'êtres humains")),
            LocalizedText.of("en", "Traficante on its own is ambiguous."));

    @Test
    void theFilterIgnoresAccentsAndCapitalsInEveryLanguage() {
        assertTrue(TermFilter.of("trafico").matches(SMUGGLING));
        assertTrue(TermFilter.of("  TRÁFICO Ilícito ").matches(SMUGGLING));
        assertTrue(TermFilter.of("etres").matches(TRAFFICKER));
        assertTrue(TermFilter.of("Smuggling of").matches(SMUGGLING));
        assertFalse(TermFilter.of("trafico").matches(TRAFFICKER));
        assertTrue(TermFilter.of("").matches(TRAFFICKER), "an empty filter keeps every term");
        assertFalse(TermFilter.of("ambiguous").matches(TRAFFICKER), "notes are not filtered on, only the terms");
    }

    @Test
    void aTermWhoseNoteCallsItAFalseFriendIsFlagged() {
        assertTrue(FalseFriends.flagged(SMUGGLING));
        assertTrue(FalseFriends.flagged(new GlossaryTerm("x", Map.of("es", List.of("x")),
                LocalizedText.of("es", "Falso amigo: cuidado."))));
        assertFalse(FalseFriends.flagged(TRAFFICKER));
    }

    @Test
    void theSearchJoinsEveryFormWithOrTheUsersLanguageFirstPhrasesQuoted() {
        String query = TermQuery.of(SMUGGLING, "es");
        assertEquals("\"tráfico ilícito de migrantes\" OR \"migrant smuggling\" OR \"trafic illicite de migrants\""
                + " OR \"tráfico de migrantes\" OR \"smuggling of migrants\" OR smuggling OR \"trafic de migrants\"",
                query);
        assertTrue(TermQuery.of(TRAFFICKER, "en").startsWith("trafficker OR "), TermQuery.of(TRAFFICKER, "en"));
    }

    @Test
    void aLongTermKeepsTheSearchWithinItsWordLimitAndKeepsThePreferredForms() {
        GlossaryTerm wordy = new GlossaryTerm("child", Map.of("en",
                List.of("unaccompanied child", "unaccompanied minor child without any adult at all"), "es",
                List.of("niña, niño o adolescente no acompañado", "niño no acompañado", "menor no acompañado"), "fr",
                List.of("enfant non accompagné", "mineur non accompagné", "mineur isolé étranger sans famille")),
                LocalizedText.empty());
        String query = TermQuery.of(wordy, "fr");
        int words = query.replace(" OR ", " ").replace("\"", "").split("\\s+").length;
        assertTrue(words <= TermQuery.MAX_WORDS, words + " words: " + query);
        assertTrue(
                query.startsWith("\"enfant non accompagné\" OR \"unaccompanied child\" OR \"niña, niño o adolescente"),
                query);
    }

    @Test
    void aPopupNoteIsTheFirstSentenceCutAtAWordWhenLong() {
        assertEquals("Procuring entry.", TermNote.shortNote("Procuring entry. False friend: write it in full.", "en"));
        String longSentence = "word ".repeat(80).strip() + ".";
        String cut = TermNote.shortNote(longSentence, "en");
        assertTrue(cut.length() <= TermNote.MAX_LENGTH && cut.endsWith("word\u2026"), cut);
        assertEquals("", TermNote.shortNote("  ", "en"));
    }
}
