package org.sendero.app.internal;

import java.util.Arrays;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Keeps the main window's size and position between starts. The model itself is not persisted
 * (a new version's layout must always apply), so only these few numbers are kept, in the
 * instance preferences of the data folder.
 */
public final class WindowBoundsAddon {

    private static final String MAXIMIZED_TAG = "shellMaximized";

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.sendero.app");
    private MApplication application;

    @PostConstruct
    void restore(MApplication app) {
        this.application = app;
        MWindow window = mainWindow(application);
        if (window == null) {
            return;
        }
        WindowBounds bounds = WindowBounds.load(preferences).filter(this::onSomeMonitor)
                .orElseGet(() -> new WindowBounds(window.getX(), window.getY(), window.getWidth(), window.getHeight(),
                        false));
        WindowBounds fitted = fitToScreen(bounds);
        window.setX(fitted.x());
        window.setY(fitted.y());
        window.setWidth(fitted.width());
        window.setHeight(fitted.height());
        if (fitted.maximized() && !window.getTags().contains(MAXIMIZED_TAG)) {
            window.getTags().add(MAXIMIZED_TAG);
        }
    }

    /** The bounds inside the work area of the monitor they are on (the primary one when on none). */
    private static WindowBounds fitToScreen(WindowBounds bounds) {
        Display display = Display.getCurrent();
        if (display == null) {
            return bounds;
        }
        Rectangle area = Arrays.stream(display.getMonitors()).map(monitor -> monitor.getClientArea())
                .filter(candidate -> bounds.reachableOn(candidate.x, candidate.y, candidate.width, candidate.height))
                .findFirst().orElse(display.getPrimaryMonitor().getClientArea());
        return bounds.fittedInto(area.x, area.y, area.width, area.height);
    }

    @Inject
    @Optional
    void save(@EventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) Event shutdown) {
        MWindow window = mainWindow(application);
        if (window == null || window.getWidth() < WindowBounds.MIN_WIDTH) {
            return;
        }
        new WindowBounds(window.getX(), window.getY(), window.getWidth(), window.getHeight(),
                window.getTags().contains(MAXIMIZED_TAG)).store(preferences);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            ILog.of(getClass()).warn("The window's size and position could not be saved", e);
        }
    }

    private static MWindow mainWindow(MApplication application) {
        return application.getChildren().isEmpty() ? null : application.getChildren().get(0);
    }

    /** A monitor may have been unplugged since: never open the window where nobody can reach it. */
    private boolean onSomeMonitor(WindowBounds bounds) {
        Display display = Display.getCurrent();
        if (display == null) {
            return true;
        }
        return Arrays.stream(display.getMonitors()).map(monitor -> monitor.getClientArea())
                .anyMatch((Rectangle area) -> bounds.reachableOn(area.x, area.y, area.width, area.height));
    }
}
