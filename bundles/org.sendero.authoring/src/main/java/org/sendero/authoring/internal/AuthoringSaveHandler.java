package org.sendero.authoring.internal;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks, in the trainer's language, whether to save a file with unsaved changes when its editor
 * closes or the window closes: save, don't save, or cancel the closing.
 */
final class AuthoringSaveHandler implements ISaveHandler {

    private final Shell shell;

    AuthoringSaveHandler(Shell shell) {
        this.shell = shell;
    }

    @Override
    public boolean save(MPart dirtyPart, boolean confirm) {
        Save answer = confirm ? promptToSave(dirtyPart) : Save.YES;
        if (answer == Save.YES) {
            persist(dirtyPart);
        }
        return answer != Save.CANCEL;
    }

    @Override
    public boolean saveParts(Collection<MPart> dirtyParts, boolean confirm) {
        Save[] answers = confirm ? promptToSave(dirtyParts) : new Save[] { Save.YES };
        if (answers.length == 0 || answers[0] == Save.CANCEL) {
            return false;
        }
        if (answers[0] == Save.YES) {
            dirtyParts.forEach(AuthoringSaveHandler::persist);
        }
        return true;
    }

    @Override
    public Save promptToSave(MPart dirtyPart) {
        return ask(NLS.bind(Messages.Save_question, dirtyPart.getLabel()));
    }

    @Override
    public Save[] promptToSave(Collection<MPart> dirtyParts) {
        String names = dirtyParts.stream().map(MPart::getLabel).collect(Collectors.joining(", "));
        Save answer = dirtyParts.size() == 1 ? promptToSave(dirtyParts.iterator().next())
                : ask(NLS.bind(Messages.Save_questionMany, names));
        Save[] answers = new Save[dirtyParts.size()];
        java.util.Arrays.fill(answers, answer);
        return answers;
    }

    private Save ask(String question) {
        MessageDialog dialog = new MessageDialog(shell, Messages.Save_title, null, question, MessageDialog.QUESTION, 0,
                Messages.Save_save, Messages.Save_discard, Messages.Save_cancel);
        return switch (dialog.open()) {
            case 0 -> Save.YES;
            case 1 -> Save.NO;
            default -> Save.CANCEL;
        };
    }

    private static void persist(MPart part) {
        if (part.getObject() != null) {
            ContextInjectionFactory.invoke(part.getObject(), Persist.class, part.getContext());
        }
    }
}
