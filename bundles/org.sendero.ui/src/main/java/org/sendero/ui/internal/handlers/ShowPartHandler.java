package org.sendero.ui.internal.handlers;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Named;

/**
 * Go > Library, Search, Reader...: brings a part to the front and puts the keyboard in it, so that
 * a person who does not use a mouse can move between the parts with one shortcut each.
 */
public final class ShowPartHandler {

    /** The command parameter naming the part's element id. */
    public static final String PART = "org.sendero.command.showPart.part";

    @CanExecute
    public boolean canExecute(EPartService parts, @Named(PART) String partId) {
        return parts.findPart(partId) != null;
    }

    @Execute
    public void execute(EPartService parts, @Named(PART) String partId) {
        MPart part = parts.findPart(partId);
        if (part == parts.getActivePart() && part.getObject() != null) {
            // activating the part that is already active leaves the keyboard where it was (in a list of
            // results, say): the part is asked to take it, as activation from elsewhere does
            ContextInjectionFactory.invoke(part.getObject(), Focus.class, part.getContext(), null);
        } else {
            parts.showPart(part, PartState.ACTIVATE);
        }
    }
}
