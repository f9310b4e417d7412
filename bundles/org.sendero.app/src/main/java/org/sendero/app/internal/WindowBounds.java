package org.sendero.app.internal;

import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Where the main window was, and whether it was maximised: what is kept between starts. */
record WindowBounds(int x, int y, int width, int height, boolean maximized) {

    /** Smaller than this is taken as damaged settings rather than a choice. */
    static final int MIN_WIDTH = 400;
    static final int MIN_HEIGHT = 300;

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    static Optional<WindowBounds> load(IEclipsePreferences preferences) {
        int width = preferences.getInt(WIDTH, -1);
        int height = preferences.getInt(HEIGHT, -1);
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(preferences.getInt(X, 0), preferences.getInt(Y, 0), width, height,
                preferences.getBoolean(MAXIMIZED, false)));
    }

    void store(IEclipsePreferences preferences) {
        preferences.putInt(X, x);
        preferences.putInt(Y, y);
        preferences.putInt(WIDTH, width);
        preferences.putInt(HEIGHT, height);
        preferences.putBoolean(MAXIMIZED, maximized);
    }

    /**
     * These bounds moved, and shrunk where needed, to lie wholly inside a screen area: on a small
     * office screen a window taller than the screen hides its status line and the buttons at the
     * bottom of its parts.
     */
    WindowBounds fittedInto(int areaX, int areaY, int areaWidth, int areaHeight) {
        int fittedWidth = Math.min(width, areaWidth);
        int fittedHeight = Math.min(height, areaHeight);
        int fittedX = Math.max(areaX, Math.min(x, areaX + areaWidth - fittedWidth));
        int fittedY = Math.max(areaY, Math.min(y, areaY + areaHeight - fittedHeight));
        return new WindowBounds(fittedX, fittedY, fittedWidth, fittedHeight, maximized);
    }

    /** True when at least a grip of the title bar would be on the given screen area. */
    boolean reachableOn(int screenX, int screenY, int screenWidth, int screenHeight) {
        int grip = 100;
        return x + width - grip >= screenX && x + grip <= screenX + screenWidth
                && y >= screenY && y + grip / 2 <= screenY + screenHeight;
    }
}
