package org.sendero.ui.internal.library;

import java.util.List;

import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Lesson;

/** One row of the library tree: a group, a course, a module, a lesson or a guidance document. */
public sealed interface LibraryNode {

    String label();

    default List<LibraryNode> children() {
        return List.of();
    }

    /** A heading that only groups other rows: "Courses", a topic, a document type. */
    record Group(String label, List<LibraryNode> children) implements LibraryNode {
        public Group {
            children = List.copyOf(children);
        }
    }

    record CourseItem(String packId, String courseId, String label, List<LibraryNode> children) implements LibraryNode {
        public CourseItem {
            children = List.copyOf(children);
        }
    }

    record ModuleItem(String packId, String moduleId, String label, List<LibraryNode> children) implements LibraryNode {
        public ModuleItem {
            children = List.copyOf(children);
        }
    }

    /**
     * A lesson in the language the learner reads best among those it exists in; its label says so
     * when that is not the learner's language.
     */
    record LessonItem(String packId, String moduleId, Lesson lesson, String label) implements LibraryNode {
    }

    /** A module's quiz, in the learner's best language, shown after the module's lessons. */
    record QuizItem(String packId, String moduleId, String quizId, String label) implements LibraryNode {
    }

    /** A guidance document in the language the reader reads best among those it exists in. */
    record GuidanceItem(String packId, GuidanceDoc doc, String label) implements LibraryNode {
    }
}
