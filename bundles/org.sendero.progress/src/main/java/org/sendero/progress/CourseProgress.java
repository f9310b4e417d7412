package org.sendero.progress;

import java.util.List;

/** A learner's progress in a course: complete when all its modules are. */
public record CourseProgress(String packId, String courseId, List<ModuleProgress> modules) {

    public CourseProgress {
        modules = List.copyOf(modules);
    }

    public boolean complete() {
        return modules.stream().allMatch(ModuleProgress::complete);
    }

    public long modulesComplete() {
        return modules.stream().filter(ModuleProgress::complete).count();
    }
}
