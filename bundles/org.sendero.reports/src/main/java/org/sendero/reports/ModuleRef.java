package org.sendero.reports;

/**
 * A module of a course, by its ids. Offices write different home pages into their activity ids, so
 * modules are matched by pack, course and module id, never by the whole activity id.
 */
public record ModuleRef(String packId, String courseId, String moduleId, String title) {

    /** {@code pack/course/module}, the module's name in CSV headers. */
    public String path() {
        return packId + "/" + courseId + "/" + moduleId;
    }
}
