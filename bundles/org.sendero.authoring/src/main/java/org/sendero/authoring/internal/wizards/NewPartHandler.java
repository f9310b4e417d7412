package org.sendero.authoring.internal.wizards;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.sendero.authoring.internal.AuthoringIds;
import org.sendero.authoring.internal.FileOpener;
import org.sendero.authoring.internal.Modes;
import org.sendero.authoring.internal.OpenPack;
import org.sendero.content.PackValidator;
import org.sendero.content.authoring.PackScaffold;
import org.sendero.content.authoring.Written;

import jakarta.inject.Named;

/**
 * Trainer > New ...: one handler for every part of a pack, told which by the command's parameter.
 * After Finish the pack is checked again and the new file opens in the editor.
 */
public final class NewPartHandler {

    /** The command parameter naming what to create: pack, course, module, lesson, guidance, quiz or item. */
    public static final String KIND = "org.sendero.authoring.commandparameter.kind";

    @CanExecute
    public boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional @Named(KIND) String kind, OpenPack pack) {
        return "pack".equals(kind) || pack.folder().isPresent();
    }

    @Execute
    public void execute(@Named(KIND) String kind, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, OpenPack pack,
            PackValidator validator, FileOpener opener, MApplication application, EModelService models,
            EPartService parts) {
        if ("pack".equals(kind)) {
            Path start = pack.folder().map(Path::getParent).orElse(Path.of(System.getProperty("user.home", ".")));
            NewPackWizard wizard = new NewPackWizard(validator, start);
            if (new WizardDialog(shell, wizard).open() == Window.OK && wizard.created().isPresent()) {
                Modes.show(AuthoringIds.AUTHORING_PERSPECTIVE, application, models, parts);
                pack.open(wizard.created().get());
                wizard.written().ifPresent(written -> opener.open(written.main(), 1));
            }
            return;
        }
        PackScaffold scaffold = new PackScaffold(pack.folder().orElseThrow(), validator);
        ScaffoldWizard wizard = switch (kind) {
            case "course" -> new NewCourseWizard(scaffold);
            case "module" -> new NewModuleWizard(scaffold);
            case "lesson" -> new NewLessonWizard(scaffold);
            case "guidance" -> new NewGuidanceWizard(scaffold);
            case "quiz" -> new NewQuizWizard(scaffold);
            default -> new NewItemWizard(scaffold, validator);
        };
        if (new WizardDialog(shell, wizard).open() == Window.OK) {
            pack.validate();
            wizard.written().map(Written::main).ifPresent(file -> opener.open(file, 1));
        }
    }
}
