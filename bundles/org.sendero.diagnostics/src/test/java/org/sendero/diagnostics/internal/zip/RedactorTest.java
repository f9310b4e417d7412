package org.sendero.diagnostics.internal.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = Redactor.forNames(List.of("Zoraida Quintanilla", "José Ñúñez"));

    @Test
    void aNameBecomesItsAliasInAnyCaseWithOrWithoutAccentsAndAsAFileName() {
        assertEquals("learner-1 opened a lesson", redactor.redact("Zoraida Quintanilla opened a lesson"));
        assertEquals("by learner-1.", redactor.redact("by ZORAIDA   quintanilla."));
        assertEquals("certificates/learner-1/c.pdf", redactor.redact("certificates/Zoraida_Quintanilla/c.pdf"));
        assertEquals("learner-2, learner-2", redactor.redact("José Ñúñez, jose nunez"));
        assertEquals("learner-2 again", redactor.redact("JOSE\u0301 N\u0303un\u0303ez again"),
                "decomposed accents too");
    }

    @Test
    void aPartOfANameAloneIsRemovedButShortPartsAndWordsThatContainItAreNot() {
        assertEquals("hello learner-1 and learner-1", redactor.redact("hello Zoraida and QUINTANILLA"));
        assertEquals("Zoraidas and quintanillas stay", redactor.redact("Zoraidas and quintanillas stay"));
        assertEquals("a learner-2 b", redactor.redact("a Nuñez b"));
    }

    @Test
    void secretsAnswersAndPrivateKeysAreRemoved() {
        String log = "pin=4821 password: \"s3cret word\" answer='la trata' token=abc123\n"
                + "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA\n-----END PRIVATE KEY-----\nafter";
        String redacted = redactor.redact(log);
        assertEquals("pin=[removed] password: [removed] answer=[removed] token=[removed]\n[private key removed]\nafter",
                redacted);
    }

    @Test
    void leaksFindsANameLeftInAnyEncodingAndNothingElse() {
        assertTrue(redactor.leaks("x zoraida y".getBytes(StandardCharsets.UTF_8)));
        assertTrue(redactor.leaks("Núñez".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(redactor.leaks("Quintanilla".getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(redactor.leaks("ZoraidaQuintanilla".getBytes(StandardCharsets.UTF_8)),
                "the whole name run together");
        assertFalse(
                redactor.leaks(redactor.redact("Zoraida Quintanilla, José Núñez").getBytes(StandardCharsets.UTF_8)));
        assertFalse(redactor.leaks("learner-1 took the quiz".getBytes(StandardCharsets.UTF_8)));
    }
}
