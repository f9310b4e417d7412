package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendero.ui.internal.home.Messages;

/**
 * Home speaks English, Spanish and French: every text it shows has a translation in each, none is
 * empty, and each translation fills in the same values ({0}, {1}...) as the English.
 */
class HomeMessagesTest {

    @Test
    void everyTextHomeShowsIsInTheEnglishFile() throws IOException {
        Set<String> fields = new TreeSet<>();
        for (Field field : Messages.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                fields.add(field.getName());
            }
        }
        assertEquals(fields, new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "es", "fr" })
    void everyTextHasItsTranslationWithTheSameValues(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()),
                "the keys of messages_" + language);
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertFalse(text.isBlank(), key + " is empty in " + language);
            assertEquals(placeholders(english.getProperty(key)), placeholders(text), key + " in " + language);
            assertEquals(english.getProperty(key).contains("&"), text.contains("&"),
                    key + ": a button's key letter in English has one in " + language + " too");
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+\\}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is in the bundle");
            properties.load(in);
        }
        return properties;
    }

    @Test
    void theSpanishAndFrenchAreNotTheEnglish() throws IOException {
        Properties english = load("messages.properties");
        for (String language : Arrays.asList("es", "fr")) {
            Properties translated = load("messages_" + language + ".properties");
            long same = english.stringPropertyNames().stream()
                    .filter(key -> english.getProperty(key).equals(translated.getProperty(key))).count();
            // a few texts are only values ("{0}: {1}, {2}")
            assertEquals(true, same <= 1, same + " texts of messages_" + language + " are the English ones");
        }
    }
}
