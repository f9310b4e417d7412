package org.sendero.ui.internal.parts;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;

/**
 * "Also in: Español · Français" above a document that exists in other languages: a reader who
 * shares a computer with colleagues, or who checks a term in another language, switches in place.
 * Each language is named in itself, so that it can be found by someone who does not read the one
 * on the screen.
 */
final class LanguageSwitch {

    private final Link link;

    LanguageSwitch(Composite bar, int columns, Consumer<String> onChoose) {
        link = new Link(bar, SWT.NONE);
        GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).exclude(true).applyTo(link);
        link.setVisible(false);
        link.addListener(SWT.Selection, event -> onChoose.accept(event.text));
    }

    /**
     * Says so when {@code shown} is not the {@code wanted} language (a reader is never moved to
     * another language silently), and offers the languages of {@code available} other than
     * {@code shown}; hides itself when there is nothing to say.
     */
    void show(String shown, String wanted, List<String> available) {
        List<String> others = available.stream().filter(lang -> !lang.equals(shown)).toList();
        String notice = shown == null || shown.equals(wanted) ? ""
                : others.isEmpty() ? LanguageNotice.onlyIn(shown) : LanguageNotice.of(shown, wanted);
        String offer = others.isEmpty() ? ""
                : Messages.ReaderPart_alsoIn + " " + others.stream()
                        .map(lang -> "<a href=\"" + lang + "\">" + nameOf(lang) + "</a>")
                        .collect(Collectors.joining(" · "));
        boolean visible = !notice.isEmpty() || !offer.isEmpty();
        if (visible) {
            link.setText(notice.isEmpty() || offer.isEmpty() ? notice + offer : notice + "  " + offer);
        }
        link.setVisible(visible);
        ((org.eclipse.swt.layout.GridData) link.getLayoutData()).exclude = !visible;
    }

    /** The language's own name for itself: English, Español, Français. */
    static String nameOf(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** For tests: the link as a person sees it. */
    Link link() {
        return link;
    }
}
