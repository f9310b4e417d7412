package org.sendero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProductInfoTest {

    @Test
    void readsReleaseAndBuildTimeFromTheQualifier() {
        ProductInfo info = ProductInfo.fromBundleVersion("Sendero", "0.1.0.202611271830");
        assertEquals("0.1.0", info.version());
        assertEquals(Optional.of(LocalDateTime.of(2026, 11, 27, 18, 30)), info.builtAt());
        assertEquals("Sendero 0.1.0 (built 2026-11-27 18:30)", info.describe());
    }

    @Test
    void aDevelopmentQualifierGivesNoBuildDate() {
        ProductInfo info = ProductInfo.fromBundleVersion("Sendero", "1.2.3.qualifier");
        assertTrue(info.builtAt().isEmpty());
        assertEquals("Sendero 1.2.3", info.describe());
    }

    @Test
    void aVersionWithoutQualifierIsAccepted() {
        assertEquals("Sendero 2.0.0", ProductInfo.fromBundleVersion("Sendero", "2.0.0").describe());
    }

    @Test
    void refusesWhatIsNotAVersion() {
        assertThrows(IllegalArgumentException.class, () -> ProductInfo.fromBundleVersion("Sendero", "1.0"));
        assertThrows(IllegalArgumentException.class, () -> new ProductInfo("Sendero", " ", Optional.empty()));
    }
}
