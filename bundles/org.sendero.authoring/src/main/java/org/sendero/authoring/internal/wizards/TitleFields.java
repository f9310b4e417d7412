package org.sendero.authoring.internal.wizards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Text;
import org.sendero.core.content.LocalizedText;

/** One title field per language of the pack; English first, because readers fall back to it. */
final class TitleFields {

    private final Map<String, Text> texts = new LinkedHashMap<>();

    TitleFields(Form form, List<String> languages) {
        List<String> ordered = languages.stream().sorted((a, b) -> a.equals(LocalizedText.FALLBACK_LANGUAGE) ? -1
                : b.equals(LocalizedText.FALLBACK_LANGUAGE) ? 1 : 0).toList();
        if (!ordered.contains(LocalizedText.FALLBACK_LANGUAGE)) {
            ordered = new java.util.ArrayList<>(ordered);
            ordered.add(0, LocalizedText.FALLBACK_LANGUAGE);
        }
        boolean first = true;
        for (String lang : ordered) {
            String label = NLS.bind(first ? Messages.Form_titleFirst : Messages.Form_title, languageName(lang));
            texts.put(lang, form.text(label, "title." + lang));
            first = false;
        }
    }

    static String languageName(String lang) {
        String name = Locale.forLanguageTag(lang).getDisplayLanguage(Locale.getDefault());
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(Locale.getDefault()) + name.substring(1);
    }

    Text english() {
        return texts.get(LocalizedText.FALLBACK_LANGUAGE);
    }

    /** The titles typed, blank ones left out. */
    LocalizedText value() {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        texts.forEach((lang, text) -> {
            if (!text.getText().isBlank()) {
                byLanguage.put(lang, text.getText().strip());
            }
        });
        return new LocalizedText(byLanguage);
    }

    List<String> languagesTyped() {
        return List.copyOf(value().byLanguage().keySet());
    }

    Optional<String> problem() {
        return english().getText().isBlank() ? Optional.of(Messages.Form_titleMissing) : Optional.empty();
    }
}
