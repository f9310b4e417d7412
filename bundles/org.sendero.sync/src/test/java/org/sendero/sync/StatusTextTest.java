package org.sendero.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The status line in the three languages, with its plurals and the time written as each writes it. */
class StatusTextTest {

    private static SyncStatus status(boolean enabled, boolean configured, long waiting, long refused,
            Optional<Instant> lastSent, Optional<SyncProblem> problem) {
        return new SyncStatus(enabled, configured, false, waiting, 0, refused, lastSent, problem, Optional.empty());
    }

    private static String line(String language, SyncStatus status) {
        return new StatusText(Locale.forLanguageTag(language), ZoneOffset.UTC).line(status);
    }

    @Test
    void waitingSentAndProblemLinesInEnglishSpanishAndFrench() {
        SyncStatus waiting = status(true, true, 12, 0, Optional.empty(), Optional.empty());
        assertEquals("12 results waiting to be sent", line("en", waiting));
        assertEquals("12 resultados en espera de envío", line("es", waiting));
        assertEquals("12 résultats en attente d'envoi", line("fr", waiting));
        assertEquals("1 result waiting to be sent",
                line("en", status(true, true, 1, 0, Optional.empty(), Optional.empty())));

        SyncStatus sent = status(true, true, 0, 0, Optional.of(Instant.parse("2026-12-07T14:02:00Z")),
                Optional.empty());
        assertEquals("All results sent at 2:02\u202fPM", line("en", sent));
        assertEquals("Todos los resultados enviados a las 14:02", line("es", sent));
        assertEquals("Tous les résultats envoyés à 14:02", line("fr", sent));

        SyncStatus down = status(true, true, 3, 2, Optional.empty(),
                Optional.of(new SyncProblem(SyncProblem.Kind.UNREACHABLE, "lrs.example.org:443")));
        assertEquals("Results not sent: cannot reach the results server (lrs.example.org:443) (3 waiting)"
                + " (2 results refused by the server)", line("en", down));
        assertEquals("Resultados no enviados: no se puede conectar con el servidor de resultados"
                + " (lrs.example.org:443) (3 en espera) (2 resultados rechazados por el servidor)", line("es", down));
        assertEquals("Résultats non envoyés : impossible de joindre le serveur de résultats (lrs.example.org:443)"
                + " (3 en attente) (2 résultats refusés par le serveur)", line("fr", down));
    }

    @Test
    void offAndNotSetUpSayWhereTheResultsAre() {
        assertEquals("Sending results is off: 4 results waiting",
                line("en", status(false, true, 4, 0, Optional.empty(), Optional.empty())));
        assertEquals("No results kept on this computer: no results server is set up",
                line("en", status(false, false, 0, 0, Optional.empty(), Optional.empty())));
        assertEquals("5 résultats conservés sur cet ordinateur : aucun serveur de résultats n'est configuré",
                line("fr", status(false, false, 5, 0, Optional.empty(), Optional.empty())));
    }
}
