package org.sendero.authoring.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Switches the window between the learners' layout and the authoring layout. */
public final class Modes {

    private Modes() {
    }

    public static void show(String perspectiveId, MApplication application, EModelService models, EPartService parts) {
        MUIElement found = models.find(perspectiveId, application);
        if (found instanceof MPerspective perspective && perspective.getParent().getSelectedElement() != perspective) {
            parts.switchPerspective(perspective);
        }
    }
}
