package org.sendero.search.internal;

import java.util.List;

/**
 * Queries a policy adviser types, over the starter pack, each with the documents that answer it.
 * A relevant entry is a document id ({@code tip-indicators}) or a document in one language
 * ({@code uasc-procedure/es}).
 */
final class JudgedQueries {

    record Judged(String category, String query, List<String> relevant) {
    }

    private JudgedQueries() {
    }

    private static Judged q(String category, String query, String... relevant) {
        return new Judged(category, query, List.of(relevant));
    }

    static final List<Judged> ALL = List.of(
            q("english", "trafficking indicators", "tip-indicators/en"),
            q("english", "legal definition of smuggling", "smuggling-definition/en"),
            q("english", "non-punishment principle", "non-punishment/en", "tip-ref-non-punishment/en"),
            q("english", "machine readable zone check digit", "bm-doc-mrz-check-digits/en"),
            q("english", "impostor look-alike", "bm-doc-impostors/en"),
            q("english", "overstay", "overstay/en", "bm-entry-overstay/en"),
            q("english", "family tracing reunification", "prot-child-family-tracing/en"),
            q("english", "age assessment", "prot-child-age-detention/en"),
            q("english", "debt bondage domestic servitude", "tip-ind-labour-domestic/en",
                    "tip-def-forms-of-exploitation/en"),
            q("english", "survivor-centred approach", "prot-gbv-survivor-centred/en"),
            q("english", "LGBTI migrants privacy", "lgbti-migrants/en", "prot-gbv-lgbti-migrants/en"),
            q("english", "consular access extra-continental", "prot-vic-extracontinental-protection/en"),
            q("english", "funding needs", "funding-table/en"),
            q("english", "Caribbean mobility", "caribbean-mobility/en"),
            q("english", "security features printing", "bm-doc-security-features/en"),
            q("english", "refusal of entry", "bm-entry-refusal/en", "entry-exit-controls/en"),
            q("english", "consent does not cancel trafficking", "tip-def-consent/en"),
            q("english", "smuggling at sea", "smug-agg-sea-vehicles/en", "aggravated-smuggling/en"),
            q("english", "personal data protection", "bm-data-protection/en"),
            q("english", "mixed flows screening", "mixed-flows-screening/en"),
            q("english", "gender-based violence referral", "prot-gbv-referral/en", "gbv-response/en"),
            q("spanish", "trata niños frontera", "tip-def-children/es"),
            q("spanish", "indicadores de trata", "tip-indicators/es"),
            q("spanish", "principio de no sanción", "non-punishment/es"),
            q("spanish", "entrevista de primer contacto", "first-contact-interview/es"),
            q("spanish", "lista de verificación referir víctimas", "referral-checklist/es"),
            q("spanish", "tráfico ilícito de migrantes definición", "smuggling-definition/es"),
            q("spanish", "falso amigo tráfico trata", "smug-vs-false-friend/es"),
            q("french", "traite des personnes définition", "tip-definition/fr"),
            q("french", "enfants non accompagnés", "uasc-procedure/fr"),
            q("french", "trafic illicite de migrants", "smuggling-definition/fr"),
            q("misspelled", "smugling definition", "smuggling-definition/en"),
            q("misspelled", "trafiking indicators", "tip-indicators/en"),
            q("misspelled", "non-punishmnet", "non-punishment/en"),
            q("misspelled", "unacompanied children", "uasc-procedure/en"),
            q("misspelled", "imposters", "bm-doc-impostors/en"),
            q("no accents", "ninos no acompanados", "uasc-procedure/es"),
            q("no accents", "trafico ilicito de migrantes", "smuggling-definition/es"),
            q("no accents", "evaluacion de la edad", "uasc-procedure/es", "prot-child-age-detention"),
            q("no accents", "principio de no sancion", "non-punishment/es"),
            q("phrase", "\"non-punishment\"", "non-punishment/en"),
            q("phrase", "\"machine readable zone\"", "bm-doc-mrz-check-digits/en"),
            q("phrase", "\"trata de personas\" indicadores", "tip-indicators/es"),
            q("cross-language", "trata de personas lang:en", "tip-vs-smuggling/en", "tip-definition/en",
                    "tip-indicators/en"),
            q("cross-language", "smuggling lang:es", "smuggling-definition/es", "tip-vs-smuggling/es"),
            q("cross-language", "servidumbre por deudas lang:en", "tip-def-forms-of-exploitation/en",
                    "tip-ind-labour-domestic/en"),
            q("cross-language", "no devolución lang:en", "smug-agg-rights/en", "bm-entry-humanitarian/en",
                    "bm-entry-refusal/en",
                    "smuggled-migrants-rights/en", "humanitarian-border-management/en"),
            q("cross-language", "human trafficking definition lang:fr", "tip-definition/fr"),
            q("cross-language", "passeur lang:en", "aggravated-smuggling/en", "smuggling-definition/en",
                    "smug-def-networks/en"));
}
