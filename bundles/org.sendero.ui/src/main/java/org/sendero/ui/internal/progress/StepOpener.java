package org.sendero.ui.internal.progress;

import java.util.Optional;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.sendero.core.content.ContentLink;
import org.sendero.progress.NextStep;
import org.sendero.ui.internal.reader.Navigator;
import org.sendero.ui.internal.reader.OpenRequest;
import org.sendero.ui.quiz.QuizLauncher;

/**
 * Opens what a progress view offers: a lesson or a guidance document in the reader, a quiz in the
 * quiz part. The part is brought forward first, because e4 creates a part only when it is first
 * shown and the part then registers for what it is asked to open.
 */
public final class StepOpener {

    /** The reader's id in the application model. */
    public static final String READER_PART = "org.sendero.part.reader";

    private final Navigator navigator;
    private final QuizLauncher quizzes;
    /** Empty outside a workbench window, where the parts are already there. */
    private final Optional<EPartService> parts;

    public StepOpener(Navigator navigator, QuizLauncher quizzes, EPartService parts) {
        this.navigator = navigator;
        this.quizzes = quizzes;
        this.parts = Optional.ofNullable(parts);
    }

    /** Opens the lesson or quiz of {@code step}; nothing when everything is done. */
    public void open(NextStep step) {
        switch (step) {
            case NextStep.ReadLesson lesson -> lesson(lesson.lesson().packId(), lesson.lesson().lessonId());
            case NextStep.TakeQuiz quiz -> quiz(quiz.packId(), quiz.quizId());
            case NextStep.AllDone done -> {
                // nothing is left to open
            }
        }
    }

    public void lesson(String packId, String lessonId) {
        read(new ContentLink(ContentLink.Kind.LESSON, lessonId, Optional.empty()), packId);
    }

    public void guidance(String packId, String docId) {
        read(new ContentLink(ContentLink.Kind.GUIDANCE, docId, Optional.empty()), packId);
    }

    public void quiz(String packId, String quizId) {
        parts.ifPresent(service -> service.showPart(QuizLauncher.PART_ID, PartState.VISIBLE));
        quizzes.open(packId, quizId);
    }

    private void read(ContentLink link, String packId) {
        parts.ifPresent(service -> service.showPart(READER_PART, PartState.VISIBLE));
        navigator.open(OpenRequest.of(link, packId));
    }
}
