package org.sendero.authoring.internal.wizards;

import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.sendero.content.authoring.PackSummary;

/** A pack's summary as lines a trainer reads before handing the pack out. */
final class SummaryText {

    private SummaryText() {
    }

    static String of(PackSummary summary, String language) {
        StringBuilder text = new StringBuilder();
        text.append(NLS.bind(Messages.Summary_pack,
                new Object[] { summary.title().in(language), summary.id(), summary.version() }))
                .append('\n');
        text.append(NLS.bind(Messages.Summary_courses, summary.courses(), summary.modules())).append('\n');
        text.append(NLS.bind(Messages.Summary_lessons, summary.lessons())).append('\n');
        text.append(NLS.bind(Messages.Summary_quizzes, summary.quizzes(), summary.items())).append('\n');
        text.append(NLS.bind(Messages.Summary_guidance, summary.guidance())).append('\n');
        text.append(NLS.bind(Messages.Summary_assets, summary.assets())).append('\n');
        text.append(NLS.bind(Messages.Summary_languages, summary.languages().stream().map(TitleFields::languageName)
                .collect(Collectors.joining(", ")))).append('\n');
        if (summary.bytes() > 0) {
            text.append(NLS.bind(Messages.Summary_size,
                    String.format(Locale.getDefault(), "%.1f", summary.bytes() / 1024.0)))
                    .append('\n');
            text.append(
                    summary.signer().map(s -> NLS.bind(Messages.Summary_signed, s)).orElse(Messages.Summary_unsigned));
        }
        return text.toString().strip();
    }
}
