package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;
import org.sendero.ui.internal.parts.SearchPart;

/**
 * The parts whose content arrives with search and progress: created the way the e4 renderer does
 * (dependency injection into a real SWT composite), each says what it will hold.
 */
class WorkbenchPartsTest {

    private Display display;
    private Shell shell;
    private IEclipseContext context;

    @BeforeEach
    void openShell() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 600);
        context = EclipseContextFactory
                .getServiceContext(FrameworkUtil.getBundle(WorkbenchPartsTest.class).getBundleContext())
                .createChild("test part");
    }

    @AfterEach
    void closeShell() {
        context.dispose();
        shell.dispose();
    }

    static Stream<Class<?>> parts() {
        return Stream.of(SearchPart.class);
    }

    @ParameterizedTest
    @MethodSource("parts")
    void eachPartShowsWhatItWillHoldInAVisibleLabel(Class<?> partType) {
        Composite parent = new Composite(shell, SWT.NONE);
        context.set(Composite.class, parent);
        ContextInjectionFactory.make(partType, context);
        shell.layout(true, true);
        shell.open();
        flushEvents();

        List<Label> labels = labelsIn(parent);
        assertEquals(1, labels.size(), "one sentence per part");
        Label label = labels.get(0);
        assertFalse(label.getText().isBlank());
        assertTrue(label.isVisible());
        assertTrue(label.getSize().x > 50 && label.getSize().y > 5, "the sentence has room: " + label.getSize());
    }

    private void flushEvents() {
        while (display.readAndDispatch()) {
            // let SWT lay out and paint
        }
    }

    private static List<Label> labelsIn(Composite composite) {
        List<Label> labels = new ArrayList<>();
        for (Control child : composite.getChildren()) {
            if (child instanceof Label label) {
                labels.add(label);
            } else if (child instanceof Composite inner) {
                labels.addAll(labelsIn(inner));
            }
        }
        return labels;
    }
}
