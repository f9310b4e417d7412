package org.sendero.core;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The product's version as people read it, and when it was built.
 *
 * <p>The build writes the build time into the OSGi version qualifier (yyyyMMddHHmm), so one bundle
 * version string carries both; a qualifier that is not a time (a development build) gives no date.
 */
public record ProductInfo(String name, String version, Optional<LocalDateTime> builtAt) {

    private static final DateTimeFormatter QUALIFIER = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public ProductInfo {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("product name is empty");
        }
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("product version is empty");
        }
        builtAt = builtAt == null ? Optional.empty() : builtAt;
    }

    /** Reads an OSGi bundle version such as {@code 0.1.0.202611271830}. */
    public static ProductInfo fromBundleVersion(String name, String bundleVersion) {
        String[] parts = bundleVersion.split("\\.", 4);
        if (parts.length < 3) {
            throw new IllegalArgumentException("not an OSGi version: " + bundleVersion);
        }
        String release = parts[0] + "." + parts[1] + "." + parts[2];
        Optional<LocalDateTime> built = Optional.empty();
        if (parts.length == 4) {
            try {
                built = Optional.of(LocalDateTime.parse(parts[3], QUALIFIER));
            } catch (DateTimeParseException notATime) {
                // a development qualifier such as "qualifier": no build date to show
            }
        }
        return new ProductInfo(name, release, built);
    }

    /** One line for {@code --version} and the About dialog, e.g. "Sendero 0.1.0 (built 2026-11-27 18:30)". */
    public String describe() {
        return builtAt.map(time -> name + " " + version + " (built " + SHOWN.format(time) + ")")
                .orElse(name + " " + version);
    }
}
