package org.sendero.starter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendero.content.Problem;

class StarterPackValidityTest {

    @Test
    void theValidatorFindsNoErrorAndNoWarning() {
        List<Problem> problems = StarterPackFixture.report().problems();
        assertEquals(List.of(), problems, StarterPackFixture.describe(problems));
    }

    @Test
    void theBundledPackAnnouncesTheIdAndVersionOfItsPackYaml() throws IOException {
        var info = StarterPackFixture.pack().info();
        String packYaml = Files.readString(Path.of("pack/pack.yaml"));
        assertEquals("sendero-starter", info.id());
        assertEquals(new PackYamlHeader(info.id(), info.version()), PackYamlHeader.of(packYaml));
        assertTrue(info.languages().containsAll(List.of("en", "es", "fr")), info.languages().toString());
    }
}
