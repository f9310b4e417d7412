package org.sendero.content.internal.pack;

import java.util.Set;

import org.sendero.content.Problem;
import org.sendero.content.internal.markdown.UrlPolicy;
import org.sendero.core.content.ContentLink;

/**
 * Warns about a lesson or guidance document that links to a document missing in its own language.
 * The reader then opens the English version: a Spanish or French reader in the middle of a lesson
 * lands in a language they may not read well, so the author should link elsewhere or translate.
 */
final class CrossLanguageLinks {

    private final PackReading reading;

    CrossLanguageLinks(PackReading reading) {
        this.reading = reading;
    }

    void check() {
        for (LinkUse link : reading.links) {
            // quiz refs are checked by QuizRefCheck; links in a quiz have no document of their own
            if (!link.documentKey().startsWith("lesson:") && !link.documentKey().startsWith("guidance:")
                    || UrlPolicy.classify(link.url()) != UrlPolicy.Kind.CONTENT) {
                continue;
            }
            ContentLink.parse(UrlPolicy.normalize(link.url())).ifPresent(target -> {
                String document = target.kind().scheme() + ":" + target.id();
                Set<String> languages = reading.translations.get(document);
                // a link to nothing at all is LinkChecker's error, not this warning
                if (languages != null && !languages.contains(link.lang())) {
                    reading.problems.add(Problem.warning(link.path(), link.line(), link.column(), "links to "
                            + document + ", which has no " + LanguageDeclarations.name(link.lang()) + " version"));
                }
            });
        }
    }
}
