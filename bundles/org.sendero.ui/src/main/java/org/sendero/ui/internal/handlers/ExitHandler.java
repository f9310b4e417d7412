package org.sendero.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File > Exit: closes the workbench the normal way, so that everything is saved. */
public final class ExitHandler {

    @Execute
    public void execute(IWorkbench workbench) {
        workbench.close();
    }
}
