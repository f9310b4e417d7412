package org.sendero.ui.internal.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.ui.accessibility.AccessibleNames;

/**
 * What the glossary says about the selected term: a warning when it is a false friend, its forms
 * in each language, its notes (in the user's language first, then the others, since a trainer
 * often compares them), and the button that searches the library for it.
 */
final class GlossaryDetails {

    private final String userLanguage;
    private final Label falseFriend;
    private final StyledText text;
    private final Button search;
    private Optional<GlossaryTerm> shown = Optional.empty();

    GlossaryDetails(Composite parent, String userLanguage, Consumer<GlossaryTerm> onSearch) {
        this.userLanguage = userLanguage;
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).margins(0, 2).applyTo(area);
        Label heading = new Label(area, SWT.WRAP);
        heading.setText(Messages.GlossaryPart_details);
        GridDataFactory.fillDefaults().grab(true, false).hint(40, SWT.DEFAULT).applyTo(heading);
        falseFriend = new Label(area, SWT.WRAP);
        falseFriend.setText(Messages.GlossaryPart_falseFriendWarning);
        falseFriend.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(40, SWT.DEFAULT).exclude(true).applyTo(falseFriend);
        falseFriend.setVisible(false);
        text = new StyledText(area, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setMargins(6, 6, 6, 6);
        AccessibleNames.name(text, Messages.GlossaryPart_details);
        GridDataFactory.fillDefaults().grab(true, true).hint(40, 60).applyTo(text);
        search = new Button(area, SWT.PUSH);
        search.setText(Messages.GlossaryPart_search);
        search.addListener(SWT.Selection, event -> shown.ifPresent(onSearch));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(search);
        show(Optional.empty());
    }

    Composite control() {
        return text.getParent();
    }

    void show(Optional<GlossaryTerm> term) {
        shown = term;
        boolean flagged = term.map(FalseFriends::flagged).orElse(false);
        falseFriend.setVisible(flagged);
        ((GridData) falseFriend.getLayoutData()).exclude = !flagged;
        search.setEnabled(term.isPresent());
        StringBuilder out = new StringBuilder();
        List<StyleRange> bold = new ArrayList<>();
        term.ifPresentOrElse(shownTerm -> describe(shownTerm, out, bold),
                () -> out.append(Messages.GlossaryPart_chooseTerm));
        text.setText(out.toString());
        text.setStyleRanges(bold.toArray(StyleRange[]::new));
        text.getParent().layout(true, true);
    }

    private void describe(GlossaryTerm term, StringBuilder out, List<StyleRange> bold) {
        heading(out, bold, Messages.GlossaryPart_forms);
        for (String language : inOrder()) {
            String forms = GlossaryTable.forms(term, language);
            if (!forms.isEmpty()) {
                line(out, bold, GlossaryMarker.nameOf(language), forms);
            }
        }
        out.append('\n');
        heading(out, bold, Messages.GlossaryPart_notes);
        List<String> noted = inOrder().stream()
                .filter(language -> !term.note().byLanguage().getOrDefault(language, "").isBlank()).toList();
        if (noted.isEmpty()) {
            out.append(Messages.GlossaryPart_noNote).append('\n');
        }
        for (String language : noted) {
            line(out, bold, GlossaryMarker.nameOf(language), term.note().byLanguage().get(language).strip());
        }
    }

    /** The user's language, then the glossary's other languages. */
    private List<String> inOrder() {
        List<String> order = new ArrayList<>();
        if (GlossaryTable.LANGUAGES.contains(userLanguage)) {
            order.add(userLanguage);
        }
        GlossaryTable.LANGUAGES.stream().filter(language -> !order.contains(language)).forEach(order::add);
        return order;
    }

    private static void heading(StringBuilder out, List<StyleRange> bold, String heading) {
        bold.add(new StyleRange(out.length(), heading.length(), null, null, SWT.BOLD));
        out.append(heading).append('\n');
    }

    private static void line(StringBuilder out, List<StyleRange> bold, String language, String value) {
        bold.add(new StyleRange(out.length(), language.length() + 1, null, null, SWT.BOLD));
        out.append(language).append(": ").append(value).append('\n');
    }

    // For tests: what a person sees and presses.

    Label falseFriendFlag() {
        return falseFriend;
    }

    StyledText text() {
        return text;
    }

    Button searchButton() {
        return search;
    }
}
