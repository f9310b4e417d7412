package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendero.core.DataFolder;
import org.sendero.core.ProductInfo;
import org.sendero.core.SenderoEnvironment;
import org.sendero.ui.internal.handlers.AboutHandler;

class AboutTextTest {

    @Test
    void aboutNamesTheVersionTheBuildDateAndTheDataFolder() {
        SenderoEnvironment environment = new SenderoEnvironment() {
            @Override
            public ProductInfo product() {
                return ProductInfo.fromBundleVersion("Sendero", "1.4.2.202605041200");
            }

            @Override
            public DataFolder dataFolder() {
                return new DataFolder(Path.of("/srv/office-data"));
            }
        };
        String text = AboutHandler.aboutText(environment);
        assertTrue(text.contains("Sendero 1.4.2 (built 2026-05-04 12:00)"), text);
        assertTrue(text.contains(Path.of("/srv/office-data").toString()), text);
        assertTrue(Optional.of(text).filter(t -> !t.contains("{")).isPresent(), "every placeholder filled: " + text);
    }
}
