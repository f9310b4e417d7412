package org.sendero.authoring.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.sendero.authoring.internal.AuthoringIds;
import org.sendero.authoring.internal.Modes;

/** Back to the learners' layout: library, reader and progress. */
public final class LearningModeHandler {

    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        Modes.show(AuthoringIds.LEARNING_PERSPECTIVE, application, models, parts);
    }
}
