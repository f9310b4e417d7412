package org.sendero.ui.preferences;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.inject.Singleton;

/**
 * The workbench's own settings, kept in the data folder's workbench preferences: the language of
 * the interface (read by the launch script, which starts Sendero in it), the language documents
 * open in, the reader's text size, and the last document read, so that a restart opens it again.
 */
@Creatable
@Singleton
public final class UiPreferences {

    /** The preference node; the launch script reads {@value #LANGUAGE} from its file. */
    public static final String NODE = "org.sendero.ui";
    public static final String LANGUAGE = "language";
    public static final String READER_FONT_SIZE = "readerFontSize";
    public static final String LAST_OPENED = "lastOpened";
    public static final String CONTENT_LANGUAGE = "contentLanguage";

    public static final int DEFAULT_FONT_SIZE = 15;
    public static final int MIN_FONT_SIZE = 12;
    public static final int MAX_FONT_SIZE = 26;
    public static final List<String> LANGUAGES = List.of("en", "es", "fr");

    private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The chosen language, or empty to follow the operating system. */
    public Optional<String> language() {
        String language = node.get(LANGUAGE, "");
        return LANGUAGES.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** The language chosen for documents, or empty to read them in the interface's language. */
    public Optional<String> chosenContentLanguage() {
        String language = node.get(CONTENT_LANGUAGE, "");
        return LANGUAGES.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /**
     * The language lessons, guidance and quizzes open in: the one chosen for documents, else the
     * interface's as it runs now (a new interface language takes effect with a restart), else English.
     */
    public String contentLanguage() {
        return chosenContentLanguage().orElseGet(() -> {
            String running = java.util.Locale.getDefault().getLanguage();
            return LANGUAGES.contains(running) ? running : "en";
        });
    }

    public void setContentLanguage(Optional<String> language) {
        if (language.isPresent()) {
            node.put(CONTENT_LANGUAGE, language.get());
        } else {
            node.remove(CONTENT_LANGUAGE);
        }
        save();
    }

    public int readerFontSize() {
        int size = node.getInt(READER_FONT_SIZE, DEFAULT_FONT_SIZE);
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    public Optional<String> lastOpened() {
        return Optional.of(node.get(LAST_OPENED, "")).filter(text -> !text.isBlank());
    }

    public void setLanguage(Optional<String> language) {
        if (language.isPresent()) {
            node.put(LANGUAGE, language.get());
        } else {
            node.remove(LANGUAGE);
        }
        save();
    }

    public void setReaderFontSize(int size) {
        node.putInt(READER_FONT_SIZE, Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size)));
        save();
    }

    /** Remembered quietly: where the reader is does not change how anything looks. */
    public void setLastOpened(String link) {
        node.put(LAST_OPENED, link);
        flush();
    }

    /** Called after any change, on the thread that made it. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void save() {
        flush();
        listeners.forEach(Runnable::run);
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // settings that cannot be written stay in effect for this session
        }
    }
}
