package org.sendero.ui.internal.library;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * The names of the library's groups, topics and document types in the reader's language
 * (words*.properties); a topic with no translation is shown as its key, capitalised.
 */
public final class LibraryWords implements UnaryOperator<String> {

    private final ResourceBundle words;

    public LibraryWords(Locale locale) {
        this.words = ResourceBundle.getBundle("org.sendero.ui.internal.library.words", locale,
                LibraryWords.class.getClassLoader());
    }

    @Override
    public String apply(String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException notTranslated) {
            String bare = key.substring(key.indexOf('.') + 1).replace('-', ' ');
            return bare.isEmpty() ? key : Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
        }
    }
}
