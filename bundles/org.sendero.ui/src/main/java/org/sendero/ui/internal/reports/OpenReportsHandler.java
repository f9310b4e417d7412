package org.sendero.ui.internal.reports;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Trainer > Reports…: opens the reports part beside the reader, where a wide table has room, or
 * brings it to the front when it is open already.
 */
public final class OpenReportsHandler {

    static final String READER_STACK = "org.sendero.stack.reader";

    @Execute
    public void execute(EPartService parts, EModelService models, MApplication application) {
        MPart part = parts.findPart(ReportsPart.PART_ID);
        if (part == null) {
            part = parts.createPart(ReportsPart.PART_ID);
            if (models.find(READER_STACK, application) instanceof MPartStack stack) {
                stack.getChildren().add(part);
            }
        }
        parts.showPart(part, PartState.ACTIVATE);
    }
}
