package org.sendero.content.authoring;

import org.sendero.core.content.LocalizedText;

/**
 * A new lesson of a module: one file ID.LANG.md per language of {@code title}, added at the end of
 * the module's {@code lessons}.
 *
 * @param minutes reading time, 1 to 600; 0 when not given
 */
public record NewLesson(String courseId, String moduleId, String id, LocalizedText title, int minutes) {
}
