package org.sendero.authoring.internal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Opens pack files in the authoring layout's editor stack, one part per file (made from the editor's
 * part descriptor), bringing back the part of a file that is already open.
 */
public final class EditorParts implements FileOpener {

    private final MApplication application;
    private final EModelService models;
    private final EPartService parts;

    @Inject
    public EditorParts(MApplication application, EModelService models, EPartService parts) {
        this.application = application;
        this.models = models;
        this.parts = parts;
    }

    @Override
    public void open(Path file, int line) {
        Modes.show(AuthoringIds.AUTHORING_PERSPECTIVE, application, models, parts);
        MPart part = openPart(file).orElseGet(() -> newPart(file));
        parts.showPart(part, PartState.ACTIVATE);
        if (part.getObject() instanceof TextEditorPart editor) {
            editor.goToLine(line);
        }
    }

    private Optional<MPart> openPart(Path file) {
        return models.findElements(application, AuthoringIds.EDITOR_DESCRIPTOR, MPart.class).stream()
                .filter(part -> Objects.equals(part.getPersistedState().get(TextEditorPart.FILE), file.toString()))
                .findFirst();
    }

    private MPart newPart(Path file) {
        MPart part = parts.createPart(AuthoringIds.EDITOR_DESCRIPTOR);
        part.getPersistedState().put(TextEditorPart.FILE, file.toString());
        part.setLabel(file.getFileName().toString());
        MPerspective authoring = (MPerspective) models.find(AuthoringIds.AUTHORING_PERSPECTIVE, application);
        MPartStack stack = (MPartStack) models.find(AuthoringIds.EDITOR_STACK, authoring);
        stack.getChildren().add(part);
        return part;
    }
}
