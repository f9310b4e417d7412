package org.sendero.ui.internal.progress;

import org.eclipse.osgi.util.NLS;
import org.sendero.progress.CourseProgress;
import org.sendero.progress.ModuleProgress;
import org.sendero.ui.internal.library.LibraryNode;

/** The library's row labels with a mark on the lessons read and the modules and courses complete. */
public final class CompletionMarks {

    private CompletionMarks() {
    }

    public static String label(LibraryNode node, ProgressSnapshot progress) {
        boolean done = switch (node) {
            case LibraryNode.LessonItem lesson -> progress.lessonRead(lesson.packId(), lesson.lesson().id());
            case LibraryNode.ModuleItem module -> progress.module(module.packId(), module.moduleId())
                    .map(ModuleProgress::complete).orElse(false);
            case LibraryNode.CourseItem course -> progress.course(course.packId(), course.courseId())
                    .map(CourseProgress::complete).orElse(false);
            case LibraryNode.QuizItem quiz -> progress.module(quiz.packId(), quiz.moduleId())
                    .map(ModuleProgress::quizPassed).orElse(false);
            default -> false;
        };
        return done ? NLS.bind(Messages.CompletionMarks_done, node.label()) : node.label();
    }
}
