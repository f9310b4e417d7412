package org.sendero.starter.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences that state a doctrine the starter pack has given up, in English, Spanish or French:
 * that a bare "tráfico" means smuggling only, and that a debt is one of the Protocol's means. A
 * sentence is matched as a whole claim, never by one word, so the sentences that correct these
 * errors ("a debt is not a means of its own") pass.
 */
final class DoctrineWording {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A "tráfico" or "traficante" that is not qualified as "tráfico ilícito" or "de migrantes". */
    private static final Pattern BARE_TRAFICO = Pattern.compile(
            "tr[aá]fico(?! il[ií]cito)(?! de migrantes)|traficante(?!s? de migrantes)", FLAGS);

    /** The bare word said to mean smuggling, or never trafficking. */
    private static final List<Pattern> SMUGGLING_ONLY = List.of(
            Pattern.compile("\\bnever (?:to |means? |refers to )?(?:trafficking|a trafficker)", FLAGS),
            Pattern.compile("\\bnot (?:to )?a trafficker in persons", FLAGS),
            Pattern.compile("\\bnunca (?:a la |es )?trata\\b", FLAGS),
            Pattern.compile("\\bno a quien comete trata", FLAGS),
            Pattern.compile("\\bjamais (?:à )?la traite", FLAGS),
            Pattern.compile("\\bsimplemente [\"“'«]?\\s*tr[aá]fico", FLAGS),
            Pattern.compile("tr[aá]fico[\"”»']?,?\\s+(?:a secas|seul|sola|solo|alone|on its own)?,?\\s*"
                    + "(?:in this field )?(?:means|refers to|significa|se refiere a|désigne|renvoie (?:toujours )?au)\\s+"
                    + "(?:el |le |la |al )?(?:smuggling|tr[aá]fico (?:il[ií]cito|de migrantes)|trafic (?:illicite|de migrants))",
                    FLAGS));

    private static final String MEANS_WORD = "(?:deception|fraud|force|coercion|threats?|abduction|engaño|fraude|fuerza"
            + "|coacción|amenazas?|tromperie|contrainte|menaces?)";

    /** Debt put in the list of the Protocol's means. */
    private static final List<Pattern> DEBT_AS_MEANS = List.of(
            Pattern.compile(
                    "\\b" + MEANS_WORD + "(?:,? and |,? or |, )(?:the |a )?debts? (?:are|were|was) (?:means|used)\\b",
                    FLAGS),
            Pattern.compile("\\bdebts? (?:is|are) (?:also )?(?:a |one of the )?(?:protocol )?means\\b", FLAGS),
            Pattern.compile("\\b" + MEANS_WORD + " y (?:la |una )?deudas? (?:son|fueron) medios", FLAGS),
            Pattern.compile("\\bse usaron (?:el |la )?" + MEANS_WORD + " y (?:la |una )?deuda", FLAGS),
            Pattern.compile("\\b(?:la|una) deuda es (?:también )?(?:un |otro )?medio\\b", FLAGS),
            Pattern.compile("\\b" + MEANS_WORD + " et (?:la |une )?dettes? (?:sont|étaient) (?:des moyens|utilisées)",
                    FLAGS),
            Pattern.compile("\\b(?:la|une) dette est (?:aussi )?(?:un |l'un des )?moyens?\\b", FLAGS));

    private DoctrineWording() {
    }

    /** The sentences of a Markdown or YAML text: line breaks inside a paragraph are joined first. */
    static List<String> sentences(String text) {
        String joined = text.replace("\\\"", "\"").replaceAll("(?<!\\n)\\n(?!\\n)", " ");
        return Arrays.stream(joined.split("(?<=[.!?])\\s+|\\n\\s*\\n|\\s\\|\\s"))
                .map(String::strip).filter(sentence -> !sentence.isEmpty()).toList();
    }

    static boolean saysBareTraficoMeansSmugglingOnly(String sentence) {
        return BARE_TRAFICO.matcher(sentence).find()
                && SMUGGLING_ONLY.stream().anyMatch(pattern -> pattern.matcher(sentence).find());
    }

    static boolean listsDebtAsAMeans(String sentence) {
        return DEBT_AS_MEANS.stream().anyMatch(pattern -> pattern.matcher(sentence).find());
    }
}
