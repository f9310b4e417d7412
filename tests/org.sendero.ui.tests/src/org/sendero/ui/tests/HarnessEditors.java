package org.sendero.ui.tests;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.sendero.authoring.internal.FileOpener;
import org.sendero.authoring.internal.TextEditorPart;

/**
 * Opens pack files in editor parts of the test window, as the workbench's EditorParts does in the
 * editor stack: one part per file with its MPart, brought to the front and activated when opened again.
 */
final class HarnessEditors implements FileOpener {

    private final PartHarness window;
    private final Composite area;
    private final StackLayout stack = new StackLayout();
    private final Map<Path, TextEditorPart> open = new LinkedHashMap<>();
    private final Map<Path, MPart> parts = new LinkedHashMap<>();

    HarnessEditors(PartHarness window, Composite area) {
        this.window = window;
        this.area = area;
        area.setLayout(stack);
    }

    @Override
    public void open(Path file, int line) {
        TextEditorPart editor = open.computeIfAbsent(file, this::create);
        org.eclipse.swt.widgets.Control top = editor.text();
        while (top.getParent() != area) {
            top = top.getParent();
        }
        stack.topControl = top;
        area.layout(true, true);
        editor.focus();
        editor.goToLine(line);
    }

    private TextEditorPart create(Path file) {
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.getPersistedState().put(TextEditorPart.FILE, file.toString());
        parts.put(file, part);
        return window.part(TextEditorPart.class, area, context -> context.set(MPart.class, part));
    }

    TextEditorPart editor(Path file) {
        return open.get(file);
    }

    MPart part(Path file) {
        return parts.get(file);
    }
}
