package org.sendero.ui.internal.glossary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.Pack;

/** The glossary of the whole library: the terms of every installed pack, a term id once (the first pack's). */
public final class Glossaries {

    private Glossaries() {
    }

    public static List<GlossaryTerm> of(List<Pack> packs) {
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Pack pack : packs) {
            pack.glossary().stream().filter(term -> ids.add(term.id())).forEach(terms::add);
        }
        return List.copyOf(terms);
    }
}
