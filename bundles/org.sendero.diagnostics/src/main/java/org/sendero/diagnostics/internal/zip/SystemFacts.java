package org.sendero.diagnostics.internal.zip;

import java.util.List;
import java.util.Locale;

import org.sendero.core.ProductInfo;
import org.sendero.diagnostics.internal.health.Sources;

/** The versions support asks for first: Sendero's, Java's, the operating system's and every bundle's. */
public final class SystemFacts {

    private SystemFacts() {
    }

    public static String describe(ProductInfo product, List<Sources.BundleState> bundles) {
        StringBuilder text = new StringBuilder();
        text.append("Product: ").append(product.describe()).append('\n');
        text.append("Java: ").append(System.getProperty("java.version")).append(" (")
                .append(System.getProperty("java.vendor")).append(", ").append(System.getProperty("java.vm.name"))
                .append(")\n");
        text.append("Java home: ").append(System.getProperty("java.home")).append('\n');
        text.append("OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(" (").append(System.getProperty("os.arch")).append(")\n");
        text.append("Locale: ").append(Locale.getDefault().toLanguageTag()).append('\n');
        Runtime runtime = Runtime.getRuntime();
        text.append("Processors: ").append(runtime.availableProcessors()).append('\n');
        text.append("Memory: ").append(runtime.maxMemory() / (1024 * 1024)).append(" MB at most\n");
        text.append("\nBundles (").append(bundles.size()).append("):\n");
        for (Sources.BundleState bundle : bundles) {
            text.append(String.format("  %-60s %-32s %s%n", bundle.symbolicName(), bundle.version(), bundle.state()));
        }
        return text.toString();
    }
}
