package org.sendero.authoring.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.sendero.content.PackValidator;

/**
 * Gives the authoring parts what they share: the open pack and the way to open a file in an editor;
 * and, once the windows exist, a save question in the trainer's language.
 */
public final class AuthoringAddon {

    @PostConstruct
    public void start(MApplication application, PackValidator validator, UISynchronize ui) {
        IEclipseContext context = application.getContext();
        context.set(OpenPack.class, new OpenPack(validator, ui::asyncExec));
        context.set(FileOpener.class, ContextInjectionFactory.make(EditorParts.class, context));
    }

    @Inject
    @Optional
    public void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event,
            MApplication application) {
        for (MWindow window : application.getChildren()) {
            if (window.getContext() != null && window.getWidget() instanceof Shell shell) {
                window.getContext().set(ISaveHandler.class, new AuthoringSaveHandler(shell));
            }
        }
    }
}
