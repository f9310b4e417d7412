package org.sendero.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * File > Exit: closes the workbench the normal way, so that everything is saved. Parts with unsaved
 * changes (a trainer's open files) are offered for saving first; Cancel keeps the window open.
 */
public final class ExitHandler {

    @Execute
    public void execute(IWorkbench workbench, EPartService parts) {
        if (parts.saveAll(true)) {
            workbench.close();
        }
    }
}
