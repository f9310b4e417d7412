package org.sendero.authoring.internal.handlers;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.sendero.authoring.internal.TextEditorPart;

/** The editor a command acts on: the active part when it is a pack file's editor. */
final class EditorCommand {

    private EditorCommand() {
    }

    static Optional<TextEditorPart> editorOf(MPart active) {
        return active != null && active.getObject() instanceof TextEditorPart editor ? Optional.of(editor)
                : Optional.empty();
    }
}
