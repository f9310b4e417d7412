package org.sendero.ui.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.sendero.search.LibrarySearch;
import org.sendero.search.SearchException;
import org.sendero.search.SearchRequest;
import org.sendero.ui.library.LibraryModel;

/**
 * A window with parts created as the e4 renderer creates them (injection into a composite, with
 * the OSGi services and the event broker of the running framework), and a way to let SWT run
 * until something a person would see has happened.
 */
final class PartHarness implements AutoCloseable {

    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);
    final IEclipseContext context;
    final SashForm sash;
    private final java.util.List<Runnable> uninject = new java.util.ArrayList<>();

    PartHarness() {
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
        sash = new SashForm(shell, SWT.HORIZONTAL);
        context = EclipseContextFactory.getServiceContext(FrameworkUtil.getBundle(PartHarness.class).getBundleContext())
                .createChild("test window");
        context.set(UISynchronize.class, new UISynchronize() {
            @Override
            public void syncExec(Runnable runnable) {
                display.syncExec(runnable);
            }

            @Override
            public void asyncExec(Runnable runnable) {
                display.asyncExec(runnable);
            }

            @Override
            protected boolean isUIThread(Thread thread) {
                return display.getThread() == thread;
            }

            @Override
            protected void showBusyWhile(Runnable runnable) {
                runnable.run();
            }

            @Override
            protected boolean dispatchEvents() {
                return display.readAndDispatch();
            }
        });
        shell.open();
    }

    /** Creates a part in a composite of its own in the window, the way e4 does. */
    <T> T part(Class<T> type) {
        return part(type, sash, partContext -> {
        });
    }

    /** Creates a part in a composite of its own under {@code area}, with what {@code setup} adds to its context (its MPart). */
    <T> T part(Class<T> type, Composite area, java.util.function.Consumer<IEclipseContext> setup) {
        Composite parent = new Composite(area, SWT.NONE);
        IEclipseContext partContext = context.createChild(type.getSimpleName());
        setup.accept(partContext);
        partContext.set(Composite.class, parent);
        T part = ContextInjectionFactory.make(type, partContext);
        uninject.add(() -> {
            ContextInjectionFactory.uninject(part, partContext);
            partContext.dispose();
        });
        shell.layout(true, true);
        return part;
    }

    /** Runs the SWT event loop until {@code condition} holds; fails after {@code timeout}. */
    void until(BooleanSupplier condition, Duration timeout, String what) {
        until(condition, timeout, () -> what);
    }

    /** The same, saying in the failure what {@code seen} tells of the window at that moment. */
    void until(BooleanSupplier condition, Duration timeout, java.util.function.Supplier<String> seen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + seen.get());
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /**
     * Waits until the starter pack, installed on first use and indexed in the background, answers a search: a first
     * start on an old office PC (or a busy build machine) takes a while.
     */
    void untilStarterIndexed(Duration timeout) {
        ContextInjectionFactory.make(LibraryModel.class, context).reload().join();
        LibrarySearch service = context.get(LibrarySearch.class);
        until(() -> {
            try {
                return !service.search(SearchRequest.of("deception").bare()).hits().isEmpty();
            } catch (SearchException notYet) {
                return false;
            }
        }, timeout, "the starter pack is indexed");
    }

    /** Lets SWT run for a while, as a person pausing would. */
    void spin(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Keeps what the window shows under target/screenshots, as the README illustrates the parts. */
    void screenshot(String name) {
        screenshot(shell, name);
    }

    /** The same for one control, or for another window (a dialog). */
    void screenshot(org.eclipse.swt.widgets.Control control, String name) {
        spin(Duration.ofMillis(300));
        org.eclipse.swt.graphics.Rectangle bounds = control instanceof Shell window ? window.getBounds()
                : display.map(control.getParent(), null, control.getBounds());
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("sendero.home", "target/sendero-home"))
                    .toAbsolutePath().getParent().resolve("screenshots");
            java.nio.file.Files.createDirectories(folder);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    @Override
    public void close() {
        uninject.forEach(Runnable::run);
        context.dispose();
        shell.dispose();
    }
}
