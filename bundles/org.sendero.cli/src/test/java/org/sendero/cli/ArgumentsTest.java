package org.sendero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void separatesFlagsValuesAndOperandsInAnyOrder() {
        Arguments parsed = Arguments.parse(List.of("pack", "--sign", "key.pem", "folder", "--force", "-o", "out.sendero"),
                Set.of("--force"), Set.of("--sign", "-o"));
        assertEquals(List.of("pack", "folder"), parsed.operands());
        assertTrue(parsed.has("--force"));
        assertFalse(parsed.has("--json"));
        assertEquals(Optional.of("key.pem"), parsed.value("--sign"));
        assertEquals(Optional.of("out.sendero"), parsed.value("-o"));
        assertEquals(Optional.empty(), parsed.value("--lang"));
    }

    @Test
    void aLoneDashIsAnOperandButAnUnknownOptionIsRefused() {
        assertEquals(List.of("-"), Arguments.parse(List.of("-"), Set.of(), Set.of()).operands());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(List.of("--focre"), Set.of("--force"), Set.of()));
        assertEquals("unknown option --focre", unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(List.of("-o"), Set.of(), Set.of("-o")));
        assertEquals("-o needs a value", missing.getMessage());
    }

    @Test
    void afterADoubleDashEverythingIsAnOperand() {
        Arguments parsed = Arguments.parse(List.of("add", "--json", "--", "-Ana", "--json", "--"), Set.of("--json"),
                Set.of("-o"));
        assertEquals(List.of("add", "-Ana", "--json", "--"), parsed.operands());
        assertTrue(parsed.has("--json"), "options before -- still count");
        assertThrows(IllegalArgumentException.class, () -> Arguments.parse(List.of("add", "-Ana"), Set.of(), Set.of()),
                "without --, an option-like argument is not taken as a name");
    }
}
