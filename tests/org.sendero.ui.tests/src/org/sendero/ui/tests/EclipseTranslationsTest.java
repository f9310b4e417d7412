package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Sendero's Spanish and French for the Eclipse strings its screens show (fragments of JFace and of
 * the e4 workbench) translate every message of the Eclipse version it is built on: a message that
 * an update adds would otherwise show in English.
 */
class EclipseTranslationsTest {

    @ParameterizedTest
    @CsvSource({
            "org.eclipse.jface, org/eclipse/jface/messages, es",
            "org.eclipse.jface, org/eclipse/jface/messages, fr",
            "org.eclipse.e4.ui.workbench.renderers.swt, org/eclipse/e4/ui/internal/workbench/renderers/swt/messages, es",
            "org.eclipse.e4.ui.workbench.renderers.swt, org/eclipse/e4/ui/internal/workbench/renderers/swt/messages, fr",
            "org.eclipse.e4.ui.workbench.renderers.swt, org/eclipse/e4/ui/workbench/renderers/swt/messages, es",
            "org.eclipse.e4.ui.workbench.renderers.swt, org/eclipse/e4/ui/workbench/renderers/swt/messages, fr",
            "org.eclipse.e4.ui.workbench.addons.swt, org/eclipse/e4/ui/workbench/addons/minmax/messages, es",
            "org.eclipse.e4.ui.workbench.addons.swt, org/eclipse/e4/ui/workbench/addons/minmax/messages, fr",
    })
    void everyEclipseMessageHasItsTranslation(String host, String messages, String language) throws IOException {
        Bundle bundle = bundle(host);
        Properties english = load(bundle.getEntry(messages + ".properties"), host + " " + messages);
        // the host's class loader sees its fragments' files, as the messages class that reads them does
        Properties translated = load(bundle.getResource(messages + "_" + language + ".properties"),
                messages + "_" + language + " from a Sendero fragment");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()),
                messages + "_" + language);
        translated.forEach((key, value) -> assertTrue(!value.toString().isBlank(), key + " is empty"));
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle bundle : FrameworkUtil.getBundle(EclipseTranslationsTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().equals(symbolicName)) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not in the runtime");
    }

    private static Properties load(URL file, String what) throws IOException {
        assertNotNull(file, "no file for " + what);
        Properties properties = new Properties();
        try (InputStream in = file.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
