package org.sendero.content.authoring;

import java.util.List;
import java.util.Map;

import org.sendero.core.content.LocalizedText;

/** A new module of course {@code courseId}; it is added at the end of the course's {@code modules}. */
public record NewModule(String courseId, String id, LocalizedText title, LocalizedText description,
        Map<String, List<String>> objectives) {

    public NewModule {
        description = description == null ? LocalizedText.empty() : description;
        objectives = objectives == null ? Map.of() : Map.copyOf(objectives);
    }
}
