package org.sendero.authoring.internal.wizards;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.sendero.authoring.internal.AuthoringIds;
import org.sendero.authoring.internal.Modes;
import org.sendero.authoring.internal.OpenPack;
import org.sendero.authoring.internal.TextEditorPart;
import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Quiz;
import org.sendero.ui.quiz.LocatedQuiz;
import org.sendero.ui.quiz.QuizLauncher;

import jakarta.inject.Named;

/**
 * Trainer > Try this quiz: the quiz in the front editor, as saved, taken in the learners' quiz part
 * as a trial that records nothing.
 */
public final class TryQuizHandler {

    @CanExecute
    public boolean canExecute(OpenPack pack) {
        return pack.folder().isPresent();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
            OpenPack pack,
            PackValidator validator, QuizLauncher launcher, MApplication application, EModelService models,
            EPartService parts) {
        Optional<Path> file = Optional.ofNullable(active).map(part -> part.getPersistedState().get(TextEditorPart.FILE))
                .map(Path::of);
        Path folder = pack.folder().orElseThrow();
        if (file.isEmpty() || !file.get().getFileName().toString().endsWith(".yaml")) {
            MessageDialog.openInformation(shell, Messages.Try_title, Messages.Try_notQuiz);
            return;
        }
        PackReport report = validator.validate(folder);
        if (report.pack().isEmpty()) {
            String first = report.problems().stream().filter(Problem::isError).map(Problem::toString).findFirst()
                    .orElse("");
            MessageDialog.openInformation(shell, Messages.Try_title, NLS.bind(Messages.Try_errors, first));
            return;
        }
        String relative = folder.relativize(file.get().toAbsolutePath().normalize()).toString().replace('\\', '/');
        Optional<LocatedQuiz> located = find(report.pack().get(), relative);
        if (located.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Try_title, Messages.Try_notQuiz);
            return;
        }
        Modes.show(AuthoringIds.LEARNING_PERSPECTIVE, application, models, parts);
        launcher.tryOut(located.get());
        parts.showPart(QuizLauncher.PART_ID, PartState.ACTIVATE);
    }

    /** The quiz written in {@code path} (relative to the pack) with its course and module. */
    public static Optional<LocatedQuiz> find(Pack pack, String path) {
        for (Course course : pack.courses()) {
            for (Module module : course.modules()) {
                for (Quiz quiz : module.quizzes()) {
                    if (quiz.path().equals(path)) {
                        return Optional.of(new LocatedQuiz(pack, course, module, quiz));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
