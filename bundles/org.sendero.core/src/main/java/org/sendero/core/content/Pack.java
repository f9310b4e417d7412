package org.sendero.core.content;

import java.util.List;
import java.util.Optional;

/** A whole content pack: its description, guidance library, courses and glossary. */
public record Pack(PackInfo info, List<GuidanceDoc> guidance, List<Course> courses, List<GlossaryTerm> glossary) {

    public Pack {
        if (info == null) {
            throw new IllegalArgumentException("a pack needs its pack.yaml information");
        }
        guidance = List.copyOf(guidance);
        courses = List.copyOf(courses);
        glossary = List.copyOf(glossary);
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
