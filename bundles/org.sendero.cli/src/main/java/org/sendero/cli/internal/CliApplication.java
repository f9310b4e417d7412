package org.sendero.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The headless entry point: runs one subcommand and returns its exit code to the launcher. */
public final class CliApplication implements IApplication {

    private static final long SERVICE_WAIT_SECONDS = 30;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = raw == null ? List.of() : Arrays.asList(raw);
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<CommandLineService, CommandLineService> tracker = new ServiceTracker<>(bundleContext,
                CommandLineService.class, null);
        tracker.open();
        try {
            CommandLineService commandLine = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
            if (commandLine == null) {
                System.err.println("sendero: the command line service did not start; see the log in the data folder");
                return 1;
            }
            int code = commandLine.execute(arguments, System.out, System.err);
            System.out.flush();
            return code;
        } catch (Throwable failure) { // NOPMD: a failure outside any command must not exit 0 either
            System.out.flush();
            System.err.println("sendero: the command line failed to start (" + CrashReport.describe(failure)
                    + "); see the log in the data folder");
            return CommandLine.FAILED;
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // a subcommand runs to its end; there is nothing to interrupt
    }
}
