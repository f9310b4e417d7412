package org.sendero.core.content;

import java.util.List;
import java.util.Optional;

/** A whole content pack: its description, guidance library, courses, glossary and thesaurus. */
public record Pack(PackInfo info, List<GuidanceDoc> guidance, List<Course> courses, List<GlossaryTerm> glossary,
        Thesaurus thesaurus) {

    public Pack {
        if (info == null) {
            throw new IllegalArgumentException("a pack needs its pack.yaml information");
        }
        guidance = List.copyOf(guidance);
        courses = List.copyOf(courses);
        glossary = List.copyOf(glossary);
        thesaurus = thesaurus == null ? Thesaurus.empty() : thesaurus;
    }

    /** A pack without a thesaurus. */
    public Pack(PackInfo info, List<GuidanceDoc> guidance, List<Course> courses, List<GlossaryTerm> glossary) {
        this(info, guidance, courses, glossary, Thesaurus.empty());
    }

    public String id() {
        return info.id();
    }

    /** The guidance document {@code id} in {@code language}, or in any language when not translated. */
    public Optional<GuidanceDoc> guidance(String id, String language) {
        return guidance.stream().filter(doc -> doc.id().equals(id) && doc.lang().equals(language)).findFirst()
                .or(() -> guidance.stream().filter(doc -> doc.id().equals(id)).findFirst());
    }
}
