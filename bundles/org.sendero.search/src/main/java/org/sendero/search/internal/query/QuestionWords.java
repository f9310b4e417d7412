package org.sendero.search.internal.query;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

/**
 * Words that frame a question rather than name what it is about: advisers type questions ("how
 * to tell if someone is really a minor", "what does irregular migrant mean", "¿cuánto cuesta
 * enviar remesas?"). Such a word is searched like a stop word of one language: it ranks the
 * sections that have it but is not required, and does not count among the words a section must
 * have most of, where it would put any section that asks "how" or "what" above the one that
 * answers. A query of nothing but such words is searched for them.
 */
final class QuestionWords {

    /** Lowercase and without accents, as the plain analyzer gives them. */
    private static final Set<String> WORDS = Set.copyOf(List.of(
            // English: question words, auxiliaries, "someone", and the "mean" of "what does X mean"
            "how", "what", "when", "where", "which", "who", "whom", "whose", "why", "do", "does", "did", "can",
            "could", "should", "would", "may", "might", "must", "someone", "somebody", "anyone", "anybody",
            "really", "actually", "mean",
            // Spanish
            "que", "como", "cuando", "donde", "cual", "cuales", "quien", "quienes", "cuanto", "cuanta", "cuantos",
            "cuantas", "puede", "pueden", "debe", "deben", "significa", "alguien", "realmente",
            // French
            "comment", "quand", "quel", "quelle", "quels", "quelles", "qui", "quoi", "pourquoi", "combien", "peut",
            "peuvent", "doit", "doivent", "signifie", "quelqu'un", "vraiment"));

    private QuestionWords() {
    }

    /** Whether {@code text}, one word as typed, only frames a question. */
    static boolean contains(String text, Analyzer plain) {
        List<String> tokens = Glossary.tokens(plain, text);
        return tokens.size() == 1 && WORDS.contains(tokens.get(0));
    }
}
