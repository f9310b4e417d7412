package org.sendero.progress;

import java.time.Duration;
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

    /** The time spent reading the lessons of all its modules. */
    public Duration timeRead() {
        return modules.stream().map(ModuleProgress::timeRead).reduce(Duration.ZERO, Duration::plus);
    }
}
